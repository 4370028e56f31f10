package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The moderation screens: what is refused next to its field, what is not found, and escaping. */
@PortalTest
class ForumModerationScreensTests {

  static final String XSS = "<img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aUserGuessingAPfsoPostCannotFlagItOrLearnItExists() {
    long category = forum.category("Access control", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Gate badges", "Badges");
    long post = forum.reply(topic, pfso, PortalRole.PFSO, "Secret");
    PortalClient user = signedIn(PortalRole.USER);

    assertThat(user.get("/forum/p/" + post + "/flag").status()).isEqualTo(404);
    assertThat(user.post("/forum/p/" + post + "/flag", "reason", "SPAM").status()).isEqualTo(404);
    assertThat(
            jdbc.sql("select count(*) from forum_flag where post_id = :p")
                .param("p", post)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFlagIsRefusedNextToItsFieldKeepingTheNoteAndReachesTheQueueEscaped() {
    long category = forum.category("General", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("author"), PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Port fees", "Opening");
    long post = forum.reply(topic, author, PortalRole.USER, "Cheap containers");
    PortalClient user = signedIn(PortalRole.USER);

    Response missing = user.post("/forum/p/" + post + "/flag", "note", XSS);
    assertThat(missing.status()).isEqualTo(200);
    assertThat(missing.body())
        .contains("Choose a reason.")
        .contains("&lt;img src=x")
        .doesNotContain(XSS);
    assertThat(
            user.post("/forum/p/" + post + "/flag", "reason", "SENSITIVE", "note", XSS)
                .isRedirectTo("/forum/p/" + post))
        .isTrue();
    assertThat(user.get("/forum/p/" + post + "/flag").body())
        .contains("You already flagged this post.");

    PortalClient editor = signedIn(PortalRole.EDITOR);
    Response queue = editor.get("/admin/forum");
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.body())
        .contains("flagged-" + post)
        .contains("&lt;img src=x")
        .doesNotContain(XSS);
    Response noReason = editor.post("/admin/forum/posts/" + post + "/hide", "reason", "");
    assertThat(noReason.body()).contains("Write the reason: the author is told.");
    assertThat(
            editor
                .post("/admin/forum/posts/" + post + "/hide", "reason", XSS)
                .isRedirectTo("/admin/forum"))
        .isTrue();
    assertThat(editor.get("/admin/forum").body()).doesNotContain("flagged-" + post);
    assertThat(editor.get("/admin").body()).contains("href=\"/admin/forum\"");
  }

  @Test
  void aCategoryNeedsANameInSpanishOrEnglishAndCannotBeMoreOpenThanItsParent() {
    long parent = forum.category("PFSO forum", ForumAudience.PFSO);
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String slug = "c-" + java.util.UUID.randomUUID().toString().substring(0, 8);

    Response nameless =
        editor.post(
            "/admin/forum/categories/new",
            "slug",
            slug,
            "position",
            "1",
            "audience",
            "PFSO",
            "namePt",
            "Drills in Portuguese",
            "descriptionPt",
            XSS);
    assertThat(nameless.body())
        .contains("Give the name in Spanish or in English at least.")
        .contains("Drills in Portuguese");
    Response open =
        editor.post(
            "/admin/forum/categories/new",
            "slug",
            slug,
            "position",
            "1",
            "audience",
            "PUBLIC",
            "parentId",
            String.valueOf(parent),
            "nameEn",
            "Drills");
    assertThat(open.body()).contains("A sub-category cannot be more open than its parent.");
    Response bad =
        editor.post(
            "/admin/forum/categories/new",
            "slug",
            "Not A Slug",
            "position",
            "1",
            "audience",
            "PFSO",
            "nameEn",
            "Drills");
    assertThat(bad.body()).contains("Use up to 80 lower-case letters").contains("value=\"Drills\"");
    Response letters =
        editor.post(
            "/admin/forum/categories/new", "slug", slug, "position", "x", "audience", "PFSO");
    assertThat(letters.body()).contains("position-error");

    Response saved =
        editor.post(
            "/admin/forum/categories/new",
            "slug",
            slug,
            "position",
            "1",
            "audience",
            "PFSO",
            "parentId",
            String.valueOf(parent),
            "nameEn",
            XSS,
            "descriptionEn",
            XSS);
    assertThat(saved.isRedirectTo("/admin/forum/categories")).isTrue();
    Response list = editor.get("/admin/forum/categories");
    assertThat(list.body()).contains("&lt;img src=x").doesNotContain(XSS);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry a join forum_category c on a.object_id = c.id::text"
                        + " where a.action = 'FORUM_CATEGORY_SAVED' and c.slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyAnAdministratorChangesTheSettingsWithinTheirBounds() {
    assertThat(signedIn(PortalRole.EDITOR).get("/admin/forum/settings").status()).isEqualTo(403);
    PortalClient admin = signedIn(PortalRole.ADMIN);
    ForumSettingsForm now =
        jdbc.sql("select held_first_posts, edit_window_minutes, flags_to_hide from forum_settings")
            .query((rs, n) -> new ForumSettingsForm(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
            .single();

    Response refused =
        admin.post(
            "/admin/forum/settings",
            "heldFirstPosts",
            "11",
            "editWindowMinutes",
            "30",
            "flagsToHide",
            "0");
    assertThat(refused.body())
        .contains("Give a whole number from 0 to 10.")
        .contains("Give a whole number from 1 to 20.")
        .contains("value=\"11\"");
    Response saved =
        admin.post(
            "/admin/forum/settings",
            "heldFirstPosts",
            "" + now.heldFirstPosts(),
            "editWindowMinutes",
            "" + now.editWindowMinutes(),
            "flagsToHide",
            "" + now.flagsToHide());
    assertThat(saved.isRedirectTo("/admin/forum/settings")).isTrue();
    assertThat(
            jdbc.sql("select count(*) from audit_entry where action = 'FORUM_SETTINGS_CHANGED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  private PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port).language("en");
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }
}
