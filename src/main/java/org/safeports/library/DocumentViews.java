package org.safeports.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.safeports.library.LibraryRecords.Listed;
import org.safeports.membership.MemberStates;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** What templates show of a listed document: names resolved, restriction and flags decided. */
@Component
class DocumentViews {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final MemberStates memberStates;

  DocumentViews(MemberStates memberStates) {
    this.memberStates = memberStates;
  }

  record Card(
      Listed document,
      String countryName,
      boolean restricted,
      boolean reviewOverdue,
      boolean otherLanguageTitle,
      String passageHtml) {}

  List<Card> cards(
      List<Listed> rows,
      Map<Long, String> headlines,
      Viewer viewer,
      Locale locale,
      LocalDate today) {
    String lang = org.safeports.platform.web.Language.of(locale).code();
    return rows.stream()
        .map(
            d ->
                new Card(
                    d,
                    d.countryCode() == null ? null : memberStates.name(d.countryCode(), locale),
                    !d.accessLevel().readableBy(viewer),
                    d.type().reviewOverdue(d.lastReviewed(), today),
                    !d.titleLanguage().equals(lang),
                    passage(headlines.get(d.id()))))
        .toList();
  }

  /**
   * The matching passage as HTML: everything escaped, then only the highlight markers that the
   * database put in turned into mark elements.
   */
  static String passage(String headline) {
    if (headline == null || headline.isBlank()) {
      return null;
    }
    String escaped =
        HtmlUtils.htmlEscape(SPACES.matcher(headline).replaceAll(" ").strip(), "UTF-8");
    StringBuilder html = new StringBuilder();
    boolean open = false;
    for (char c : escaped.toCharArray()) {
      if (c == LibrarySearch.HIGHLIGHT_START.charAt(0)) {
        if (!open) {
          html.append("<mark>");
          open = true;
        }
      } else if (c == LibrarySearch.HIGHLIGHT_END.charAt(0)) {
        if (open) {
          html.append("</mark>");
          open = false;
        }
      } else {
        html.append(c);
      }
    }
    if (open) {
      html.append("</mark>");
    }
    return html.toString();
  }
}
