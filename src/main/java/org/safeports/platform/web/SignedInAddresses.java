package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.CountryMember;
import org.safeports.platform.security.Viewer;
import org.springframework.security.core.Authentication;

/**
 * Which pages {@link SignedInPageCache} keeps for signed-in people, and for which audience. A page
 * listed here reads nothing of its viewer but their roles (through the role hierarchy) and their
 * country, besides the two slots every page has (the header's name, the forms' CSRF token), so it
 * is the same for every person of a role, country and language; a page {@code perPerson} (the
 * account page) is keyed on the account too.
 */
final class SignedInAddresses {

  record SignedInAddress(CachedAddresses.CachedAddress address, boolean perPerson) {
    SignedInAddress(boolean perPerson, String path, String... parameters) {
      this(new CachedAddresses.CachedAddress(path, parameters), perPerson);
    }
  }

  /**
   * The public pages that read nothing of their viewer but roles and country (not a library
   * document's page: whether the viewer manages it depends on who they are; not the events, whose
   * pages show the viewer's own registration), and, per person, the account page and the forum's
   * lists and topic pages.
   */
  private static final List<SignedInAddress> ADDRESSES =
      List.of(
          new SignedInAddress(false, "/"),
          new SignedInAddress(false, "/news", "topic", "page"),
          new SignedInAddress(false, "/news/[^/]+"),
          new SignedInAddress(false, "/pages/[^/]+"),
          new SignedInAddress(false, "/voices", "topic", "country", "language", "page"),
          new SignedInAddress(false, "/voices/[^/]+"),
          new SignedInAddress(
              false,
              "/library",
              "country",
              "port",
              "hazard",
              "type",
              "language",
              "year",
              "q",
              "sort",
              "page"),
          new SignedInAddress(true, "/account"),
          // The forum's reading pages, per person: they show the reader's unread marks, watch
          // state and own posts. A read that records what the reader has read says so
          // (KeptPages.readerChanged), so those marks are never stale on a kept page.
          new SignedInAddress(true, "/forum"),
          new SignedInAddress(true, "/forum/latest", "before"),
          new SignedInAddress(true, "/forum/unread", "before"),
          new SignedInAddress(true, "/forum/c/[^/]+", "before"),
          new SignedInAddress(
              true, "/forum/t/[0-9]+/(?!(?:reply|unread|watch|feed\\.atom)$)[^/]+", "from"));

  /** Pages of a person's own that a listed pattern would match. */
  private static final Set<String> OWN_PAGES = Set.of("/voices/mine", "/voices/write");

  private SignedInAddresses() {}

  /** The listed page a GET asks for, not switching language; else null. */
  static SignedInAddress address(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
      return null;
    }
    String path = request.getRequestURI();
    if (OWN_PAGES.contains(path)) {
      return null;
    }
    for (SignedInAddress address : ADDRESSES) {
      if (address.address().path().matcher(path).matches()) {
        return address;
      }
    }
    return null;
  }

  /**
   * Who the page is for: the viewer's roles and country, and the account for a page per person;
   * null when the viewer is not a fully signed-in person of the portal (then nothing is cached).
   */
  static String audience(Authentication authentication, Viewer viewer, boolean perPerson) {
    if (!viewer.signedIn()
        || authentication == null
        || !(authentication.getPrincipal() instanceof CountryMember member)
        || !(authentication.getPrincipal() instanceof Auditable person)) {
      return null;
    }
    Set<String> roles = new TreeSet<>(viewer.roles());
    return String.join(",", roles)
        + " "
        + member.countryCode()
        + (perPerson ? " #" + person.accountId() : "");
  }

  /** The key a page is stored under: the audience, the language, the path and its parameters. */
  static String key(String audience, Locale locale, HttpServletRequest request, String query) {
    return audience + " " + CachedAddresses.key(locale, request, query);
  }
}
