package org.safeports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the portal, every role, one table. A route that exists but is missing from the
 * table fails the test, so a new page cannot ship without saying who may open it.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

  /**
   * Who tries: a visitor, each role, and a user half-way through signing in with a second factor.
   */
  enum Who {
    ANONYMOUS,
    AWAITING_CODE,
    USER,
    ASSOCIATE,
    DELEGATE,
    PFSO,
    EDITOR,
    ADMIN
  }

  /** Who may: everybody, a user awaiting the second-factor code, or a role and those above it. */
  enum Audience {
    EVERYONE,
    AWAITING_CODE,
    AWAITING_ENROLMENT,
    USER,
    ASSOCIATE,
    DELEGATE,
    PFSO,
    EDITOR,
    ADMIN
  }

  record Route(
      String method, String pattern, String samplePath, Audience audience, String... form) {

    /**
     * The forum answers a reader below a category's audience "not found", so that ids cannot be
     * probed: for its routes a 404 counts as refused.
     */
    boolean hidesAsNotFound() {
      return pattern.startsWith("/forum");
    }
  }

  static final String TOKEN = "not-a-real-token";

  /** The table. Bodies of POSTs are chosen to be refused by validation, so nothing changes. */
  List<Route> table() {
    return List.of(
        new Route("GET", "/", "/", Audience.EVERYONE),
        new Route("GET", "/robots.txt", "/robots.txt", Audience.EVERYONE),
        new Route("GET", "/sign-in", "/sign-in", Audience.EVERYONE),
        new Route("GET", "/sign-up", "/sign-up", Audience.EVERYONE),
        new Route("POST", "/sign-up", "/sign-up", Audience.EVERYONE, "email", "x"),
        new Route("GET", "/sign-up/check-email", "/sign-up/check-email", Audience.EVERYONE),
        new Route("GET", "/verify-email", "/verify-email?token=" + TOKEN, Audience.EVERYONE),
        new Route("POST", "/verify-email", "/verify-email", Audience.EVERYONE, "token", TOKEN),
        new Route("GET", "/verify-email/resend", "/verify-email/resend", Audience.EVERYONE),
        new Route(
            "POST", "/verify-email/resend", "/verify-email/resend", Audience.EVERYONE, "email", ""),
        new Route("GET", "/password-reset", "/password-reset", Audience.EVERYONE),
        new Route("POST", "/password-reset", "/password-reset", Audience.EVERYONE, "email", ""),
        new Route("GET", "/password-reset/{token}", "/password-reset/" + TOKEN, Audience.EVERYONE),
        new Route(
            "POST",
            "/password-reset/{token}",
            "/password-reset/" + TOKEN,
            Audience.EVERYONE,
            "newPassword",
            "x"),
        new Route(
            "GET", "/sign-in/second-factor", "/sign-in/second-factor", Audience.AWAITING_CODE),
        new Route(
            "POST",
            "/sign-in/second-factor",
            "/sign-in/second-factor",
            Audience.AWAITING_CODE,
            "code",
            "000000"),
        new Route(
            "GET",
            "/sign-in/second-factor/set-up",
            "/sign-in/second-factor/set-up",
            Audience.AWAITING_ENROLMENT),
        new Route(
            "POST",
            "/sign-in/second-factor/set-up",
            "/sign-in/second-factor/set-up",
            Audience.AWAITING_ENROLMENT,
            "code",
            "x"),
        new Route(
            "GET",
            "/sign-in/second-factor/qr.svg",
            "/sign-in/second-factor/qr.svg",
            Audience.AWAITING_ENROLMENT),
        new Route("GET", "/account", "/account", Audience.USER),
        new Route("POST", "/account/profile", "/account/profile", Audience.USER, "displayName", ""),
        new Route(
            "POST", "/account/password", "/account/password", Audience.USER, "currentPassword", ""),
        new Route("GET", "/account/security", "/account/security", Audience.USER),
        new Route(
            "POST",
            "/account/security/second-factor/start",
            "/account/security/second-factor/start",
            Audience.USER),
        new Route(
            "GET",
            "/account/security/second-factor",
            "/account/security/second-factor",
            Audience.USER),
        new Route(
            "POST",
            "/account/security/second-factor",
            "/account/security/second-factor",
            Audience.USER,
            "code",
            "x"),
        new Route(
            "GET",
            "/account/security/second-factor/qr.svg",
            "/account/security/second-factor/qr.svg",
            Audience.USER),
        new Route(
            "POST",
            "/account/security/recovery-codes",
            "/account/security/recovery-codes",
            Audience.USER),
        new Route(
            "POST",
            "/account/security/second-factor/remove",
            "/account/security/second-factor/remove",
            Audience.USER,
            "password",
            "wrong"),
        new Route("GET", "/admin", "/admin", Audience.EDITOR),
        new Route("GET", "/admin", "/admin?kind=PIECE", Audience.EDITOR),
        new Route("GET", "/admin/participation", "/admin/participation", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/participation",
            "/admin/participation?period=2025-Q2&measure=PIECES",
            Audience.EDITOR),
        new Route("GET", "/admin/participation.csv", "/admin/participation.csv", Audience.EDITOR),
        new Route("GET", "/account/participation", "/account/participation", Audience.DELEGATE),
        new Route(
            "POST",
            "/account/participation/mail",
            "/account/participation/mail",
            Audience.DELEGATE,
            "monthly",
            "true"),
        // A made-up key: the queue refuses to claim what does not wait, so nothing changes.
        new Route(
            "POST", "/admin/queue/claim", "/admin/queue/claim", Audience.EDITOR, "key", "voices:0"),
        new Route(
            "POST", "/admin/queue/leave", "/admin/queue/leave", Audience.EDITOR, "key", "voices:0"),
        new Route("GET", "/admin/users", "/admin/users", Audience.ADMIN),
        new Route("GET", "/admin/users/export.csv", "/admin/users/export.csv", Audience.ADMIN),
        new Route("GET", "/admin/users/{id}", "/admin/users/" + targetId, Audience.ADMIN),
        new Route(
            "POST",
            "/admin/users/{id}/role",
            "/admin/users/" + targetId + "/role",
            Audience.ADMIN,
            "country",
            "PE"),
        new Route(
            "POST",
            "/admin/users/{id}/enabled",
            "/admin/users/" + targetId + "/enabled",
            Audience.ADMIN,
            "enabled",
            "true"),
        new Route("GET", "/admin/mail", "/admin/mail", Audience.ADMIN),
        new Route("GET", "/admin/audit", "/admin/audit", Audience.ADMIN),
        new Route("GET", "/admin/audit/export", "/admin/audit/export", Audience.ADMIN),
        // --- forum lists ---
        new Route("GET", "/forum", "/forum", Audience.EVERYONE),
        new Route("GET", "/forum/latest", "/forum/latest", Audience.EVERYONE),
        new Route("GET", "/forum/c/{slug}", "/forum/c/" + forumPublic, Audience.EVERYONE),
        new Route("GET", "/forum/c/{slug}", "/forum/c/" + forumPfso, Audience.PFSO),
        new Route("GET", "/forum/c/{slug}/new", "/forum/c/" + forumPublic + "/new", Audience.USER),
        new Route("GET", "/forum/c/{slug}/new", "/forum/c/" + forumPfso + "/new", Audience.PFSO),
        new Route(
            "POST",
            "/forum/c/{slug}/new",
            "/forum/c/" + forumPublic + "/new",
            Audience.USER,
            "title",
            ""),
        new Route(
            "POST",
            "/forum/c/{slug}/new",
            "/forum/c/" + forumPfso + "/new",
            Audience.PFSO,
            "title",
            ""),
        new Route("GET", "/forum/unread", "/forum/unread", Audience.USER),
        new Route("POST", "/forum/unread/read", "/forum/unread/read", Audience.USER),
        new Route("GET", "/forum/u/{handle}", "/forum/u/" + forumHandle, Audience.EVERYONE),
        new Route("GET", "/news", "/news?topic=standards", Audience.EVERYONE),
        new Route("GET", "/news/{slug}", "/news/" + newsSlug, Audience.EVERYONE),
        new Route("GET", "/pages/{slug}", "/pages/" + pageSlug, Audience.EVERYONE),
        new Route("GET", "/media/{id}/{name}", "/media/999999999/none.png", Audience.EVERYONE),
        new Route(
            "GET",
            "/media/{id}/{width}/{name}",
            "/media/999999999/480/none.png",
            Audience.EVERYONE),
        new Route("GET", "/feeds/news-{lang}.rss", "/feeds/news-es.rss", Audience.EVERYONE),
        new Route("GET", "/feeds/news-{lang}.atom", "/feeds/news-fr.atom", Audience.EVERYONE),
        new Route("GET", "/sitemap.xml", "/sitemap.xml", Audience.EVERYONE),
        new Route("GET", "/sitemaps/{name}", "/sitemaps/content-1.xml", Audience.EVERYONE),
        // --- events: calendar files (a person's feed opens by its secret alone) ---
        new Route("GET", "/events.ics", "/events.ics", Audience.EVERYONE),
        new Route(
            "GET",
            "/events/{slug}/event.ics",
            "/events/" + calendarEvent + "/event.ics",
            Audience.EVERYONE),
        new Route(
            "GET",
            "/calendar/{secret}.ics",
            "/calendar/not-a-secret-of-anyone-at-all.ics",
            Audience.EVERYONE),
        new Route("GET", "/admin/content", "/admin/content?kind=PAGE", Audience.EDITOR),
        new Route(
            "GET", "/admin/content/translations", "/admin/content/translations", Audience.EDITOR),
        new Route("GET", "/admin/content/new", "/admin/content/new?kind=PAGE", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/content",
            "/admin/content",
            Audience.EDITOR,
            "kind",
            "NEWS",
            "language",
            "en",
            "title",
            ""),
        new Route("GET", "/admin/content/{id}", "/admin/content/" + pageId, Audience.EDITOR),
        new Route(
            "POST",
            "/admin/content/{id}",
            "/admin/content/" + pageId,
            Audience.EDITOR,
            "title",
            ""),
        new Route(
            "POST",
            "/admin/content/{id}/status",
            "/admin/content/" + pageId + "/status",
            Audience.EDITOR,
            "action",
            "SUBMIT"),
        new Route(
            "GET",
            "/admin/content/{id}/translations/{lang}",
            "/admin/content/" + pageId + "/translations/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/content/{id}/translations/{lang}",
            "/admin/content/" + pageId + "/translations/es",
            Audience.EDITOR,
            "title",
            ""),
        new Route(
            "POST",
            "/admin/content/{id}/translations/{lang}/status",
            "/admin/content/" + pageId + "/translations/fr/status",
            Audience.EDITOR,
            "status",
            "DRAFT"),
        new Route(
            "GET",
            "/admin/content/{id}/history",
            "/admin/content/" + pageId + "/history",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/content/{id}/compare",
            "/admin/content/" + pageId + "/compare?language=en&from=1&to=1",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/content/{id}/restore",
            "/admin/content/" + pageId + "/restore",
            Audience.EDITOR,
            "language",
            "en",
            "number",
            "999"),
        new Route(
            "POST",
            "/admin/content/{id}/images",
            "/admin/content/" + pageId + "/images",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/content/{id}/lead-image",
            "/admin/content/" + pageId + "/lead-image",
            Audience.EDITOR,
            "intent",
            "save"),
        new Route(
            "POST",
            "/admin/content/preview",
            "/admin/content/preview",
            Audience.EDITOR,
            "body",
            "**x**"),
        new Route("GET", "/voices", "/voices?topic=health", Audience.EVERYONE),
        new Route("GET", "/voices/{slug}", "/voices/no-such-piece", Audience.EVERYONE),
        new Route(
            "GET",
            "/voices/images/{pieceId}/{kind}",
            "/voices/images/999999999/piece",
            Audience.EVERYONE),
        new Route(
            "GET",
            "/voices/images/{pieceId}/piece/{width}",
            "/voices/images/999999999/piece/480",
            Audience.EVERYONE),
        new Route("GET", "/feeds/voices-{lang}.rss", "/feeds/voices-pt.rss", Audience.EVERYONE),
        new Route("GET", "/feeds/voices-{lang}.atom", "/feeds/voices-en.atom", Audience.EVERYONE),
        new Route("GET", "/voices/mine", "/voices/mine", Audience.USER),
        new Route("GET", "/voices/write", "/voices/write", Audience.USER),
        new Route("POST", "/voices/write", "/voices/write", Audience.USER, "title", ""),
        new Route("GET", "/voices/mine/{id}", "/voices/mine/" + otherAuthorsPiece, Audience.USER),
        new Route(
            "POST",
            "/voices/mine/{id}",
            "/voices/mine/" + otherAuthorsPiece,
            Audience.USER,
            "title",
            "Taken"),
        new Route(
            "POST",
            "/voices/mine/{id}/withdraw",
            "/voices/mine/" + otherAuthorsPiece + "/withdraw",
            Audience.USER),
        new Route(
            "POST",
            "/voices/mine/{id}/images",
            "/voices/mine/" + otherAuthorsPiece + "/images",
            Audience.USER,
            "kind",
            "PIECE"),
        new Route(
            "POST",
            "/voices/mine/{id}/lead-image",
            "/voices/mine/" + otherAuthorsPiece + "/lead-image",
            Audience.USER,
            "intent",
            "save"),
        new Route("GET", "/library", "/library?q=plan&country=CR&hazard=FLOOD", Audience.EVERYONE),
        new Route("GET", "/library/{id}", "/library/" + publicDocument, Audience.EVERYONE),
        new Route(
            "GET",
            "/library/{id}/download",
            "/library/" + publicDocument + "/download",
            Audience.EVERYONE),
        new Route(
            "GET",
            "/library/{id}/versions/{number}/download",
            "/library/" + publicDocument + "/versions/1/download",
            Audience.EVERYONE),
        new Route("GET", "/library/country", "/library/country", Audience.DELEGATE),
        new Route("GET", "/library/country/new", "/library/country/new", Audience.DELEGATE),
        new Route(
            "POST", "/library/country/new", "/library/country/new", Audience.DELEGATE, "year", "x"),
        new Route(
            "GET", "/library/country/{id}", "/library/country/" + foreignPlan, Audience.DELEGATE),
        new Route(
            "POST",
            "/library/country/{id}",
            "/library/country/" + foreignPlan,
            Audience.DELEGATE,
            "year",
            "x"),
        new Route(
            "POST",
            "/library/country/{id}/versions",
            "/library/country/" + foreignPlan + "/versions",
            Audience.DELEGATE),
        new Route(
            "POST",
            "/library/country/{id}/reviewed",
            "/library/country/" + foreignPlan + "/reviewed",
            Audience.DELEGATE),
        new Route("GET", "/admin/library", "/admin/library?overdue=true", Audience.EDITOR),
        new Route("GET", "/admin/library/new", "/admin/library/new", Audience.EDITOR),
        new Route("POST", "/admin/library/new", "/admin/library/new", Audience.EDITOR, "year", "x"),
        new Route("GET", "/admin/library/downloads", "/admin/library/downloads", Audience.EDITOR),
        // Survey results, exports, participation and invitations: the secretariat's only; a
        // guessed survey id is not found for it and refused for everyone else.
        new Route(
            "GET", "/admin/surveys/participation", "/admin/surveys/participation", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/results",
            "/admin/surveys/999999999/results?country=PE&role=DELEGATE",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/results.csv",
            "/admin/surveys/999999999/results.csv",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/results.xlsx",
            "/admin/surveys/999999999/results.xlsx",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/participation",
            "/admin/surveys/999999999/participation",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/invitations",
            "/admin/surveys/999999999/invitations",
            Audience.EDITOR),
        new Route(
            "GET", "/admin/surveys/{id}/brief", "/admin/surveys/999999999/brief", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/brief",
            "/admin/surveys/999999999/brief",
            Audience.EDITOR,
            "summaryEn",
            ""),
        // A brief's translation: the secretariat's only; a guessed survey id is not found.
        new Route(
            "GET",
            "/admin/surveys/{id}/brief/translations/{lang}",
            "/admin/surveys/999999999/brief/translations/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/brief/translations/{lang}",
            "/admin/surveys/999999999/brief/translations/es",
            Audience.EDITOR,
            "summary",
            ""),
        // A published brief decides its readers itself; a guessed address is not found.
        new Route(
            "GET", "/surveys/{slug}/brief", "/surveys/no-such-survey/brief", Audience.EVERYONE),
        new Route("GET", "/admin/library/{id}", "/admin/library/999999999", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}",
            "/admin/library/999999999",
            Audience.EDITOR,
            "year",
            "x"),
        new Route(
            "POST",
            "/admin/library/{id}/versions",
            "/admin/library/999999999/versions",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}/reviewed",
            "/admin/library/999999999/reviewed",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}/approve",
            "/admin/library/999999999/approve",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}/withdraw",
            "/admin/library/999999999/withdraw",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}/republish",
            "/admin/library/999999999/republish",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/library/{id}/return",
            "/admin/library/999999999/return",
            Audience.EDITOR,
            "reviewNote",
            ""),
        new Route("GET", "/admin/voices", "/admin/voices", Audience.EDITOR),
        new Route(
            "GET", "/admin/voices/participation", "/admin/voices/participation", Audience.EDITOR),
        new Route("GET", "/admin/voices/{id}", "/admin/voices/999999999", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/voices/{id}/review",
            "/admin/voices/999999999/review",
            Audience.EDITOR,
            "action",
            "ACCEPT"),
        new Route(
            "POST",
            "/admin/voices/{id}/lead-image",
            "/admin/voices/999999999/lead-image",
            Audience.EDITOR,
            "intent",
            "save"),
        new Route(
            "POST",
            "/admin/voices/{id}/text",
            "/admin/voices/999999999/text",
            Audience.EDITOR,
            "title",
            "x",
            "version",
            "0"),
        new Route(
            "POST",
            "/admin/voices/{id}/translations/{lang}",
            "/admin/voices/999999999/translations/es",
            Audience.EDITOR,
            "title",
            "x",
            "summary",
            "y",
            "body",
            "z"),
        new Route("POST", "/admin/mail/{id}/retry", "/admin/mail/999999999/retry", Audience.ADMIN),
        new Route("GET", "/account/notifications", "/account/notifications", Audience.DELEGATE),
        new Route(
            "POST",
            "/account/notifications/summary",
            "/account/notifications/summary",
            Audience.DELEGATE,
            "monthly",
            "true"),
        new Route(
            "POST",
            "/account/notifications",
            "/account/notifications",
            Audience.EDITOR,
            "plan",
            "NO_SUCH_DELIVERY"),
        // Forum mail: watching (a guessed topic or category is not found), the preferences, and
        // the unsubscribe link that works signed out (an unknown token is not found).
        new Route(
            "POST",
            "/forum/t/{id}/watch",
            "/forum/t/999999999/watch",
            Audience.USER,
            "watch",
            "maybe"),
        new Route(
            "POST",
            "/forum/c/{slug}/watch",
            "/forum/c/no-such-category/watch",
            Audience.USER,
            "watch",
            "maybe"),
        new Route("GET", "/account/forum", "/account/forum", Audience.USER),
        new Route("POST", "/account/forum", "/account/forum", Audience.USER, "delivery", "HOURLY"),
        new Route(
            "GET", "/forum/unsubscribe/{token}", "/forum/unsubscribe/" + TOKEN, Audience.EVERYONE),
        new Route(
            "POST", "/forum/unsubscribe/{token}", "/forum/unsubscribe/" + TOKEN, Audience.EVERYONE),
        new Route("GET", "/contact", "/contact?topic=PRIVACY", Audience.EVERYONE),
        new Route("POST", "/contact", "/contact", Audience.EVERYONE, "email", "x"),
        new Route("GET", "/contact/sent", "/contact/sent", Audience.EVERYONE),
        new Route("GET", "/admin/contact", "/admin/contact?status=NEW", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/contact/{id}/status",
            "/admin/contact/999999999/status",
            Audience.EDITOR,
            "status",
            "NO_SUCH_STATE"),
        // Delegates: editors read the screen and its CSV, admins decide.
        new Route("GET", "/admin/members/delegates", "/admin/members/delegates", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/members/delegates",
            "/admin/members/delegates",
            Audience.ADMIN,
            "email",
            "x"),
        new Route(
            "GET", "/admin/members/delegates.csv", "/admin/members/delegates.csv", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/members/delegates/{id}/remove",
            "/admin/members/delegates/999999999/remove",
            Audience.ADMIN),
        new Route(
            "POST",
            "/admin/members/delegates/{id}/remove",
            "/admin/members/delegates/999999999/remove",
            Audience.ADMIN),
        new Route(
            "POST",
            "/admin/members/delegates/invitations/{id}/cancel",
            "/admin/members/delegates/invitations/999999999/cancel",
            Audience.ADMIN),
        new Route("GET", "/members/{code}/history", "/members/pe/history", Audience.EVERYONE),
        new Route(
            "GET",
            "/members/invitations/{token}",
            "/members/invitations/" + TOKEN,
            Audience.EVERYONE),
        new Route(
            "POST",
            "/members/invitations/{token}",
            "/members/invitations/" + TOKEN,
            Audience.EVERYONE,
            "password",
            "x"),
        new Route("GET", "/account/pfso", "/account/pfso", Audience.USER),
        new Route("POST", "/account/pfso", "/account/pfso", Audience.USER, "country", ""),
        new Route("GET", "/members/pfsos", "/members/pfsos", Audience.DELEGATE),
        new Route("GET", "/members/pfsos.csv", "/members/pfsos.csv", Audience.DELEGATE),
        new Route(
            "GET", "/admin/members/pfsos", "/admin/members/pfsos?country=BR", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/members/pfsos.csv",
            "/admin/members/pfsos.csv?state=PENDING",
            Audience.EDITOR),
        // Brazil's request: the table's delegate is of no country, so it is not found for them.
        new Route(
            "GET",
            "/members/pfsos/requests/{id}",
            "/members/pfsos/requests/" + foreignPfsoRequest,
            Audience.DELEGATE),
        new Route(
            "GET",
            "/members/pfsos/requests/{id}/document",
            "/members/pfsos/requests/" + foreignPfsoRequest + "/document",
            Audience.DELEGATE),
        new Route(
            "POST",
            "/members/pfsos/requests/{id}/approve",
            "/members/pfsos/requests/999999999/approve",
            Audience.DELEGATE),
        new Route(
            "POST",
            "/members/pfsos/requests/{id}/decline",
            "/members/pfsos/requests/" + foreignPfsoRequest + "/decline",
            Audience.DELEGATE,
            "reason",
            ""),
        new Route("GET", "/feeds", "/feeds", Audience.EVERYONE),
        new Route("GET", "/privacy", "/privacy", Audience.EVERYONE),
        new Route("GET", "/accessibility", "/accessibility", Audience.EVERYONE),
        new Route("GET", "/associate-terms", "/associate-terms", Audience.EVERYONE),
        new Route("GET", "/members", "/members", Audience.EVERYONE),
        new Route("GET", "/members/{code}", "/members/pe", Audience.EVERYONE),
        new Route("GET", "/admin/members/states", "/admin/members/states", Audience.ADMIN),
        new Route(
            "GET", "/admin/members/states/{code}", "/admin/members/states/PE", Audience.ADMIN),
        new Route(
            "POST",
            "/admin/members/states/{code}",
            "/admin/members/states/PE",
            Audience.ADMIN,
            "joinedOn",
            "not-a-date"),
        new Route(
            "GET",
            "/members/associates",
            "/members/associates?sort=country&kind=OTHER",
            Audience.EVERYONE),
        new Route(
            "GET", "/members/associates/apply", "/members/associates/apply", Audience.EVERYONE),
        new Route(
            "POST",
            "/members/associates/apply",
            "/members/associates/apply",
            Audience.EVERYONE,
            "email",
            "x"),
        new Route(
            "GET",
            "/members/associates/apply/sent",
            "/members/associates/apply/sent",
            Audience.EVERYONE),
        new Route(
            "GET",
            "/members/associates/confirm/{token}",
            "/members/associates/confirm/" + TOKEN,
            Audience.EVERYONE),
        new Route(
            "POST",
            "/members/associates/confirm/{token}",
            "/members/associates/confirm/" + TOKEN,
            Audience.EVERYONE),
        // A guessed thread link opens nothing (404) and takes no answer.
        new Route(
            "GET",
            "/members/associates/applications/{token}",
            "/members/associates/applications/" + TOKEN,
            Audience.EVERYONE),
        new Route(
            "POST",
            "/members/associates/applications/{token}",
            "/members/associates/applications/" + TOKEN,
            Audience.EVERYONE,
            "message",
            "Hello"),
        new Route(
            "GET",
            "/members/associates/contacts/new",
            "/members/associates/contacts/new",
            Audience.ASSOCIATE),
        new Route(
            "POST",
            "/members/associates/contacts/new",
            "/members/associates/contacts/new",
            Audience.ASSOCIATE,
            "email",
            "x"),
        new Route(
            "GET",
            "/admin/members/applications",
            "/admin/members/applications?state=QUEUED",
            Audience.EDITOR),
        // A guessed application id: not found for the secretariat, refused for everyone else.
        new Route(
            "GET",
            "/admin/members/applications/{id}",
            "/admin/members/applications/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/members/applications/{id}/ask",
            "/admin/members/applications/999999999/ask",
            Audience.EDITOR,
            "message",
            ""),
        new Route(
            "POST",
            "/admin/members/applications/{id}/approve",
            "/admin/members/applications/999999999/approve",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/members/applications/{id}/decline",
            "/admin/members/applications/999999999/decline",
            Audience.EDITOR,
            "reason",
            ""),
        new Route(
            "GET",
            "/admin/members/applications/pending.csv",
            "/admin/members/applications/pending.csv",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/members/applications/associates.csv",
            "/admin/members/applications/associates.csv",
            Audience.EDITOR),
        // --- forum: search, feeds and Port Voices ---
        // Open to all; what a reader may not read answers 404 (ForumFindTests checks each role),
        // so the restricted samples below are the demo's PFSO category and guessed ids.
        new Route("GET", "/forum/search", "/forum/search?q=hurricane", Audience.EVERYONE),
        new Route("GET", "/feeds/forum.atom", "/feeds/forum.atom", Audience.EVERYONE),
        new Route(
            "GET",
            "/forum/c/{slug}/feed.atom",
            "/forum/c/pfso-hurricanes/feed.atom",
            Audience.EVERYONE),
        new Route(
            "GET", "/forum/t/{id}/feed.atom", "/forum/t/999999999/feed.atom", Audience.EVERYONE),
        new Route(
            "GET", "/forum/voices/{pieceSlug}", "/forum/voices/no-such-piece", Audience.EVERYONE),
        // --- forum moderation ---
        // A USER guessing a PFSO post's id gets not found (a table row cannot say 404, the
        // moderation tests do); a missing reason keeps every POST from changing anything.
        new Route(
            "GET", "/forum/p/{id}/flag", "/forum/p/" + pfsoForumPost + "/flag", Audience.USER),
        new Route(
            "POST",
            "/forum/p/{id}/flag",
            "/forum/p/" + pfsoForumPost + "/flag",
            Audience.USER,
            "note",
            "x"),
        new Route("GET", "/admin/forum", "/admin/forum", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/hide",
            "/admin/forum/posts/" + pfsoForumPost + "/hide",
            Audience.EDITOR,
            "reason",
            ""),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/reject",
            "/admin/forum/posts/" + pfsoForumPost + "/reject",
            Audience.EDITOR,
            "reason",
            ""),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/restore",
            "/admin/forum/posts/999999999/restore",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/approve",
            "/admin/forum/posts/999999999/approve",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/dismiss",
            "/admin/forum/posts/999999999/dismiss",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/forum/posts/{id}/edit",
            "/admin/forum/posts/" + pfsoForumPost + "/edit",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/posts/{id}/edit",
            "/admin/forum/posts/" + pfsoForumPost + "/edit",
            Audience.EDITOR,
            "text",
            ""),
        new Route(
            "GET",
            "/admin/forum/topics/{id}",
            "/admin/forum/topics/" + pfsoForumTopic,
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/topics/{id}/status",
            "/admin/forum/topics/" + pfsoForumTopic + "/status",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/topics/{id}/move",
            "/admin/forum/topics/" + pfsoForumTopic + "/move",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/topics/{id}/merge",
            "/admin/forum/topics/" + pfsoForumTopic + "/merge",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/topics/{id}/split",
            "/admin/forum/topics/" + pfsoForumTopic + "/split",
            Audience.EDITOR),
        new Route("GET", "/admin/forum/categories", "/admin/forum/categories", Audience.EDITOR),
        new Route(
            "GET", "/admin/forum/categories/new", "/admin/forum/categories/new", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/categories/new",
            "/admin/forum/categories/new",
            Audience.EDITOR,
            "slug",
            ""),
        new Route(
            "GET",
            "/admin/forum/categories/{id}",
            "/admin/forum/categories/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/forum/categories/{id}",
            "/admin/forum/categories/999999999",
            Audience.EDITOR,
            "slug",
            ""),
        new Route("GET", "/admin/forum/settings", "/admin/forum/settings", Audience.ADMIN),
        new Route(
            "POST",
            "/admin/forum/settings",
            "/admin/forum/settings",
            Audience.ADMIN,
            "flagsToHide",
            "0"),
        // --- forum: topics and posts ---
        // Guessed ids are not found for everyone; the PFSO forum's are not found below its
        // audience.
        new Route("GET", "/forum/t/{id}", "/forum/t/999999999", Audience.EVERYONE),
        new Route("GET", "/forum/t/{id}", "/forum/t/" + pfsoTopic, Audience.PFSO),
        new Route("GET", "/forum/t/{id}/{slug}", "/forum/t/999999999/x", Audience.EVERYONE),
        new Route(
            "GET", "/forum/t/{id}/{slug}", "/forum/t/" + pfsoTopic + "/gate-access", Audience.PFSO),
        new Route("GET", "/forum/t/{id}/unread", "/forum/t/999999999/unread", Audience.EVERYONE),
        new Route(
            "GET", "/forum/t/{id}/unread", "/forum/t/" + pfsoTopic + "/unread", Audience.PFSO),
        new Route("GET", "/forum/t/{id}/reply", "/forum/t/999999999/reply", Audience.USER),
        new Route(
            "POST",
            "/forum/t/{id}/reply",
            "/forum/t/" + pfsoTopic + "/reply",
            Audience.USER,
            "body",
            ""),
        new Route("POST", "/forum/preview", "/forum/preview", Audience.USER, "topic", "999999999"),
        new Route("GET", "/forum/p/{id}", "/forum/p/999999999", Audience.EVERYONE),
        new Route("GET", "/forum/p/{id}", "/forum/p/" + pfsoPost, Audience.PFSO),
        new Route("GET", "/forum/p/{id}/edit", "/forum/p/" + pfsoPost + "/edit", Audience.USER),
        new Route(
            "POST", "/forum/p/{id}/edit", "/forum/p/999999999/edit", Audience.USER, "body", ""),
        new Route("POST", "/forum/p/{id}/delete", "/forum/p/999999999/delete", Audience.USER),
        // The history is the moderators': not found for everyone else.
        new Route("GET", "/forum/p/{id}/history", "/forum/p/999999999/history", Audience.EVERYONE),
        new Route(
            "GET",
            "/forum/attachments/{id}/{fileName}",
            "/forum/attachments/999999999/x.pdf",
            Audience.EVERYONE),
        new Route("GET", "/forum/attachments/{id}/{fileName}", pfsoFile, Audience.PFSO),
        // Surveys: building (guessed ids are not found for the secretariat) and answering (a
        // survey that does not ask the person is not found; a visitor signs in first).
        new Route("GET", "/admin/surveys", "/admin/surveys", Audience.EDITOR),
        new Route("GET", "/admin/surveys/new", "/admin/surveys/new", Audience.EDITOR),
        new Route(
            "POST", "/admin/surveys/new", "/admin/surveys/new", Audience.EDITOR, "title[es]", ""),
        new Route("GET", "/admin/surveys/{id}", "/admin/surveys/999999999", Audience.EDITOR),
        new Route("POST", "/admin/surveys/{id}", "/admin/surveys/999999999", Audience.EDITOR),
        new Route(
            "POST", "/admin/surveys/{id}/open", "/admin/surveys/999999999/open", Audience.EDITOR),
        new Route(
            "POST", "/admin/surveys/{id}/close", "/admin/surveys/999999999/close", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/extend",
            "/admin/surveys/999999999/extend",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/publish",
            "/admin/surveys/999999999/publish",
            Audience.EDITOR),
        new Route(
            "POST", "/admin/surveys/{id}/copy", "/admin/surveys/999999999/copy", Audience.EDITOR),
        new Route(
            "POST", "/admin/surveys/{id}/wave", "/admin/surveys/999999999/wave", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/responses/{responseId}/reopen",
            "/admin/surveys/999999999/responses/999999999/reopen",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/questions",
            "/admin/surveys/999999999/questions",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/sections/new",
            "/admin/surveys/999999999/sections/new",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/sections/new",
            "/admin/surveys/999999999/sections/new",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/sections/{sectionKey}",
            "/admin/surveys/999999999/sections/s1",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/sections/{sectionKey}",
            "/admin/surveys/999999999/sections/s1",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/sections/{sectionKey}/remove",
            "/admin/surveys/999999999/sections/s1/remove",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/sections/{sectionKey}/questions/new",
            "/admin/surveys/999999999/sections/s1/questions/new",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/sections/{sectionKey}/questions/new",
            "/admin/surveys/999999999/sections/s1/questions/new",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/questions/{questionKey}",
            "/admin/surveys/999999999/questions/q1",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/questions/{questionKey}",
            "/admin/surveys/999999999/questions/q1",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/questions/{questionKey}/remove",
            "/admin/surveys/999999999/questions/q1/remove",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/surveys/{id}/move",
            "/admin/surveys/999999999/move?key=q1&delta=1",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/preview",
            "/admin/surveys/999999999/preview?lang=pt",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/surveys/{id}/translations",
            "/admin/surveys/999999999/translations",
            Audience.EDITOR),
        // --- event registration ---
        new Route(
            "GET", "/events/{slug}/register", "/events/no-such-event/register", Audience.USER),
        new Route(
            "POST", "/events/{slug}/register", "/events/no-such-event/register", Audience.USER),
        new Route("POST", "/events/{slug}/cancel", "/events/no-such-event/cancel", Audience.USER),
        new Route(
            "GET",
            "/events/{slug}/participants",
            "/events/no-such-event/participants",
            Audience.USER),
        new Route("GET", "/account/events", "/account/events", Audience.USER),
        new Route("POST", "/account/events/calendar", "/account/events/calendar", Audience.USER),
        new Route(
            "GET", "/admin/events/{eventId}/form", "/admin/events/999999999/form", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{eventId}/form",
            "/admin/events/999999999/form",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{eventId}/registrants",
            "/admin/events/999999999/registrants",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{eventId}/registrants.csv",
            "/admin/events/999999999/registrants.csv",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{eventId}/registrants/{registrationId}/approve",
            "/admin/events/999999999/registrants/999999999/approve",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{eventId}/registrants/{registrationId}/refuse",
            "/admin/events/999999999/registrants/999999999/refuse",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{eventId}/registrants/attendance",
            "/admin/events/999999999/registrants/attendance",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{eventId}/registrants/message",
            "/admin/events/999999999/registrants/message",
            Audience.EDITOR,
            "text",
            ""),
        new Route("GET", "/surveys", "/surveys", Audience.USER),
        new Route("GET", "/surveys/{slug}", "/surveys/no-such-survey", Audience.EVERYONE),
        new Route("POST", "/surveys/{slug}", "/surveys/no-such-survey", Audience.EVERYONE),
        new Route(
            "POST", "/surveys/{slug}/start", "/surveys/no-such-survey/start", Audience.EVERYONE),
        new Route("GET", "/surveys/{slug}/copy", "/surveys/no-such-survey/copy", Audience.EVERYONE),
        new Route(
            "GET",
            "/surveys/{slug}/copy.pdf",
            "/surveys/no-such-survey/copy.pdf",
            Audience.EVERYONE),
        new Route(
            "GET",
            "/surveys/{slug}/files/{id}",
            "/surveys/no-such-survey/files/999999999",
            Audience.EVERYONE),
        new Route("GET", "/events", "/events?kind=SEMINAR", Audience.EVERYONE),
        new Route("GET", "/events/past", "/events/past", Audience.EVERYONE),
        new Route("GET", "/events/{slug}", "/events/no-such-event", Audience.EVERYONE),
        new Route(
            "POST", "/events/time-zone", "/events/time-zone", Audience.EVERYONE, "tz", "Nowhere"),
        new Route("GET", "/admin/events", "/admin/events", Audience.EDITOR),
        new Route("GET", "/admin/events/new", "/admin/events/new", Audience.EDITOR),
        new Route("POST", "/admin/events/new", "/admin/events/new", Audience.EDITOR, "title", ""),
        new Route("GET", "/admin/events/{id}", "/admin/events/999999999", Audience.EDITOR),
        new Route("POST", "/admin/events/{id}", "/admin/events/999999999", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/texts/{language}",
            "/admin/events/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/texts/{language}",
            "/admin/events/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/publish",
            "/admin/events/999999999/publish",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/unpublish",
            "/admin/events/999999999/unpublish",
            Audience.EDITOR),
        new Route(
            "POST", "/admin/events/{id}/cancel", "/admin/events/999999999/cancel", Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/duplicate",
            "/admin/events/999999999/duplicate",
            Audience.EDITOR),
        // The editors' agenda and speakers of an event (an unknown event not found).
        new Route(
            "GET", "/admin/events/{id}/agenda", "/admin/events/999999999/agenda", Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/sessions/new",
            "/admin/events/999999999/agenda/sessions/new",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/sessions/new",
            "/admin/events/999999999/agenda/sessions/new",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/sessions/{sessionId}",
            "/admin/events/999999999/agenda/sessions/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/sessions/{sessionId}",
            "/admin/events/999999999/agenda/sessions/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/sessions/{sessionId}/delete",
            "/admin/events/999999999/agenda/sessions/999999999/delete",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/sessions/{sessionId}/texts/{language}",
            "/admin/events/999999999/agenda/sessions/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/sessions/{sessionId}/texts/{language}",
            "/admin/events/999999999/agenda/sessions/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/sessions/{sessionId}/talks/new",
            "/admin/events/999999999/agenda/sessions/999999999/talks/new",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/sessions/{sessionId}/talks/new",
            "/admin/events/999999999/agenda/sessions/999999999/talks/new",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/talks/{talkId}",
            "/admin/events/999999999/agenda/talks/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/talks/{talkId}",
            "/admin/events/999999999/agenda/talks/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/talks/{talkId}/delete",
            "/admin/events/999999999/agenda/talks/999999999/delete",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/agenda/talks/{talkId}/texts/{language}",
            "/admin/events/999999999/agenda/talks/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/agenda/talks/{talkId}/texts/{language}",
            "/admin/events/999999999/agenda/talks/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/speakers",
            "/admin/events/999999999/speakers",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/speakers/new",
            "/admin/events/999999999/speakers/new",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/speakers/new",
            "/admin/events/999999999/speakers/new",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/speakers/{speakerId}",
            "/admin/events/999999999/speakers/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/speakers/{speakerId}",
            "/admin/events/999999999/speakers/999999999",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/speakers/{speakerId}/delete",
            "/admin/events/999999999/speakers/999999999/delete",
            Audience.EDITOR),
        new Route(
            "GET",
            "/admin/events/{id}/speakers/{speakerId}/texts/{language}",
            "/admin/events/999999999/speakers/999999999/texts/es",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/speakers/{speakerId}/texts/{language}",
            "/admin/events/999999999/speakers/999999999/texts/es",
            Audience.EDITOR),
        // An event's library documents: the editors' screen; a guessed event is not found.
        new Route(
            "GET",
            "/admin/events/{id}/documents",
            "/admin/events/999999999/documents?q=port",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/documents",
            "/admin/events/999999999/documents",
            Audience.EDITOR,
            "documentId",
            "999999999",
            "role",
            "READING"),
        new Route(
            "POST",
            "/admin/events/{id}/documents/{documentId}/up",
            "/admin/events/999999999/documents/999999999/up",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/documents/{documentId}/down",
            "/admin/events/999999999/documents/999999999/down",
            Audience.EDITOR),
        new Route(
            "POST",
            "/admin/events/{id}/documents/{documentId}/remove",
            "/admin/events/999999999/documents/999999999/remove",
            Audience.EDITOR),
        // An event's agenda and speakers: open, an unknown event not found; one's own agenda and
        // marking sessions need a signed-in user.
        new Route(
            "GET", "/events/{slug}/agenda", "/events/no-such-event/agenda", Audience.EVERYONE),
        new Route(
            "GET", "/events/{slug}/speakers", "/events/no-such-event/speakers", Audience.EVERYONE),
        new Route(
            "GET",
            "/events/speakers/{id}/photo",
            "/events/speakers/999999999/photo",
            Audience.EVERYONE),
        new Route(
            "GET", "/events/{slug}/my-agenda", "/events/no-such-event/my-agenda", Audience.USER),
        new Route(
            "POST",
            "/events/{slug}/agenda/{sessionId}/mark",
            "/events/no-such-event/agenda/999999999/mark",
            Audience.USER),
        // --- the site search: open to all (the documents' access keys decide what is found); the
        // index's screen and its rebuild are the administrator's ---
        new Route(
            "GET",
            "/search",
            "/search?q=plan&kind=news&country=GT&language=es&year=2025&hazard=HURRICANE&page=2",
            Audience.EVERYONE),
        new Route("GET", "/search/suggest", "/search/suggest?q=hura", Audience.EVERYONE),
        new Route("GET", "/admin/search", "/admin/search", Audience.ADMIN),
        new Route("POST", "/admin/search/rebuild", "/admin/search/rebuild", Audience.ADMIN));
  }

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired org.safeports.content.TestContent content;
  @Autowired org.safeports.voices.TestPieces voices;
  @Autowired org.safeports.library.TestLibrary library;
  @Autowired org.safeports.membership.TestPfsos pfsos;
  @Autowired org.safeports.forum.TestForum forum;
  @Autowired org.safeports.events.TestEvents events;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping controllers;

  long targetId;
  long pageId;
  long otherAuthorsPiece;
  long publicDocument;
  long foreignPlan;
  long foreignPfsoRequest;
  long pfsoForumTopic;
  long pfsoForumPost;
  String pageSlug;
  String forumPublic;
  String forumPfso;
  String forumHandle;
  String newsSlug;
  String calendarEvent;
  long pfsoTopic;
  long pfsoPost;
  String pfsoFile;
  final Map<Who, PortalClient> clients = new EnumMap<>(Who.class);

  @BeforeAll
  void signInEveryone() {
    targetId = accounts.create(TestAccounts.freshEmail("target"), PortalRole.USER);
    pageSlug = org.safeports.content.TestContent.freshSlug("access-page");
    pageId = content.publishedPage(pageSlug, "Access page", "Text.");
    newsSlug = org.safeports.content.TestContent.freshSlug("access-news");
    content.publishedNews(newsSlug, "Access news", "Text.");
    otherAuthorsPiece = voices.draftBySomeoneElse();
    publicDocument = library.published("PUBLIC", "CR", "Access guidance", "Public words.");
    foreignPlan = library.pendingPlan("MX", "Access plan", "Plan words.");
    foreignPfsoRequest = pfsos.pending(targetId, "BR", "Access terminal");
    long forumAuthor = accounts.create(TestAccounts.freshEmail("forum-pfso"), PortalRole.PFSO);
    long publicCategory = forum.category("Access public", org.safeports.forum.ForumAudience.PUBLIC);
    long pfsoCategory = forum.category("Access PFSO", org.safeports.forum.ForumAudience.PFSO);
    forum.topic(publicCategory, forumAuthor, PortalRole.PFSO, "Access public topic", "Text");
    forum.topic(pfsoCategory, forumAuthor, PortalRole.PFSO, "Access PFSO topic", "Text");
    forumPublic = forum.slugOf(publicCategory);
    forumPfso = forum.slugOf(pfsoCategory);
    forumHandle = forum.handleOf(forumAuthor);
    pfsoForumTopic =
        forum.topic(pfsoCategory, forumAuthor, PortalRole.PFSO, "Access drill", "Gate drill.");
    pfsoForumPost = forum.reply(pfsoForumTopic, forumAuthor, PortalRole.PFSO, "A reply.");
    long pfsoAuthor = forumAuthor;
    pfsoTopic = forum.topic(pfsoCategory, pfsoAuthor, PortalRole.PFSO, "Gate access", "Badges");
    pfsoPost = forum.reply(pfsoTopic, pfsoAuthor, PortalRole.PFSO, "Turnstiles");
    pfsoFile =
        forum.attachment(
            pfsoPost,
            pfsoAuthor,
            "gates.pdf",
            org.safeports.library.LibraryTestFiles.pdf("Gates", java.util.List.of("Gate 3.")));
    calendarEvent =
        events.seminar("Access calendar", java.time.Instant.now().plusSeconds(86400)).slug();
    for (Who who : Who.values()) {
      clients.put(who, clientFor(who));
    }
  }

  private PortalClient clientFor(Who who) {
    PortalClient client = new PortalClient(port);
    switch (who) {
      case ANONYMOUS -> {}
      case AWAITING_CODE -> {
        String email = TestAccounts.freshEmail("pending");
        accounts.createWithSecondFactor(email, PortalRole.USER);
        assertThat(
                client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in/second-factor"))
            .isTrue();
      }
      default -> {
        String email = TestAccounts.freshEmail(who.name().toLowerCase());
        accounts.create(email, PortalRole.valueOf(who.name()));
        assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
      }
    }
    return client;
  }

  @Test
  void everyRouteAnswersEveryRoleAsTheTableSays() {
    List<String> wrong = new ArrayList<>();
    for (Route route : table()) {
      for (Who who : Who.values()) {
        PortalClient client = clients.get(who);
        Response response =
            route.method().equals("GET")
                ? client.get(route.samplePath())
                : client.post(route.samplePath(), PortalClient.pairs(route.form()));
        if (route.audience() == Audience.PFSO) {
          boolean reads = who == Who.PFSO || who == Who.EDITOR || who == Who.ADMIN;
          boolean right =
              reads
                  ? response.status() < 400
                  : response.status() == 404
                      || (who == Who.ANONYMOUS || who == Who.AWAITING_CODE)
                          && describe(response).equals("sign-in")
                      || who == Who.AWAITING_CODE
                          && response.isRedirectTo("/sign-in/second-factor");
          if (!right) {
            wrong.add(
                route.method()
                    + " "
                    + route.samplePath()
                    + " as "
                    + who
                    + ": got "
                    + response.status());
          }
          continue;
        }
        boolean allowed = mayReach(who, route.audience());
        String outcome = describe(response);
        if (allowed
            && (outcome.equals("sign-in")
                || outcome.equals("forbidden")
                || response.status() >= 500)) {
          wrong.add(
              route.method()
                  + " "
                  + route.samplePath()
                  + " as "
                  + who
                  + ": expected access, got "
                  + outcome);
        }
        if (!allowed) {
          String expected = who == Who.ANONYMOUS ? "sign-in" : "refused";
          boolean notFound = route.hidesAsNotFound() && response.status() == 404;
          boolean refused =
              outcome.equals("forbidden")
                  || outcome.equals("sign-in")
                  || notFound
                  || (who == Who.AWAITING_CODE && response.isRedirectTo("/sign-in/second-factor"));
          if (who == Who.ANONYMOUS ? !(outcome.equals("sign-in") || notFound) : !refused) {
            wrong.add(
                route.method()
                    + " "
                    + route.samplePath()
                    + " as "
                    + who
                    + ": expected "
                    + expected
                    + ", got "
                    + outcome
                    + " "
                    + response.status());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theTableListsEveryRouteThePortalHas() {
    Set<String> listed = new TreeSet<>();
    for (Route route : table()) {
      listed.add(route.method() + " " + route.pattern());
    }
    Set<String> existing = new TreeSet<>();
    controllers
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (handler.getBeanType().getName().startsWith("org.springframework")) {
                return; // Spring Boot's own error controller
              }
              Set<RequestMethod> methods =
                  new LinkedHashSet<>(info.getMethodsCondition().getMethods());
              if (methods.isEmpty()) {
                methods.add(RequestMethod.GET);
                methods.add(RequestMethod.POST);
              }
              for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                  existing.add(method.name() + " " + pattern);
                }
              }
            });
    assertThat(listed).containsExactlyInAnyOrderElementsOf(existing);
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    for (Who who : List.of(Who.ANONYMOUS, Who.USER, Who.ADMIN)) {
      Response response =
          clients
              .get(who)
              .postRaw("/account/profile", PortalClient.pairs("displayName", "Mallory"));
      assertThat(response.status()).as("as %s", who).isEqualTo(403);
    }
    Response signUp =
        clients.get(Who.ANONYMOUS).postRaw("/sign-up", PortalClient.pairs("email", "a@b.org"));
    assertThat(signUp.status()).isEqualTo(403);
  }

  @Test
  void anAddressWithNoRouteIsNotFoundForEveryone() {
    for (Who who : Who.values()) {
      Response response = clients.get(who).get("/no-such-page");
      assertThat(response.status()).as("as %s", who).isEqualTo(404);
    }
  }

  static boolean mayReach(Who who, Audience audience) {
    return switch (audience) {
      case EVERYONE -> true;
      case AWAITING_CODE -> who == Who.AWAITING_CODE;
      case AWAITING_ENROLMENT -> false; // covered by StaffSecondFactorTests, where it is required
      case USER -> rank(who) >= 1;
      case ASSOCIATE ->
          who == Who.ASSOCIATE || who == Who.DELEGATE || who == Who.EDITOR || who == Who.ADMIN;
      case DELEGATE -> who == Who.DELEGATE || who == Who.EDITOR || who == Who.ADMIN;
      case PFSO -> who == Who.PFSO || who == Who.EDITOR || who == Who.ADMIN;
      case EDITOR -> who == Who.EDITOR || who == Who.ADMIN;
      case ADMIN -> who == Who.ADMIN;
    };
  }

  private static int rank(Who who) {
    return switch (who) {
      case ANONYMOUS, AWAITING_CODE -> 0;
      default -> 1;
    };
  }

  private static String describe(Response response) {
    if (response.status() == 403) {
      return "forbidden";
    }
    if (response.isRedirectTo("/sign-in") && !response.isRedirectTo("/sign-in/")) {
      return "sign-in";
    }
    return String.valueOf(response.status());
  }
}
