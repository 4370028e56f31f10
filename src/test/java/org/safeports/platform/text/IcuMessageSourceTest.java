package org.safeports.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The portal's bundles, formatted as pages format them: plurals by each language's rules. */
class IcuMessageSourceTest {

  static final IcuMessageSource MESSAGES = new IcuMessageSource();

  static {
    MESSAGES.setBasenames(
        "messages/platform",
        "messages/admin",
        "messages/notifications",
        "messages/content",
        "messages/library");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  static String message(String code, String language, Object... args) {
    return MESSAGES.getMessage(code, args, Locale.forLanguageTag(language));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // English: only 1 is singular.
        "en|0|0 attempts",
        "en|1|1 attempt",
        "en|2|2 attempts",
        // French: 0 and 1 are singular.
        "fr|0|0 tentative",
        "fr|1|1 tentative",
        "fr|2|2 tentatives",
        "es|0|0 intentos",
        "es|1|1 intento",
        "pt|2|2 tentativas"
      })
  void aCountFollowsThePluralRulesOfItsLanguage(String language, int count, String expected) {
    assertThat(message("notifications.mailLog.attempts", language, count)).isEqualTo(expected);
  }

  @Test
  void aCountCanHaveWordsOfItsOwnForNoneAndOne() {
    assertThat(message("admin.dashboard.reviewsOverdue", "en", 0))
        .isEqualTo("No page is past its review date.");
    assertThat(message("admin.dashboard.reviewsOverdue", "en", 1))
        .isEqualTo("One page is past its review date.");
    assertThat(message("admin.dashboard.reviewsOverdue", "en", 2))
        .isEqualTo("2 pages are past their review date.");
    assertThat(message("admin.dashboard.reviewsOverdue", "fr", 0))
        .isEqualTo("Aucune page n'a dépassé la date de révision prévue.");
    assertThat(message("admin.dashboard.reviewsOverdue", "fr", 1))
        .isEqualTo("Une page a dépassé la date de révision prévue.");
    assertThat(message("admin.dashboard.reviewsOverdue", "fr", 2))
        .isEqualTo("2 pages ont dépassé la date de révision prévue.");
    assertThat(message("audit.count", "es", 1)).isEqualTo("Una entrada");
    assertThat(message("audit.count", "es", 2)).isEqualTo("2 entradas");
  }

  @Test
  void numbersAreWrittenAsEachLanguageWritesThem() {
    assertThat(message("audit.count", "en", 12_345)).isEqualTo("12,345 entries");
    assertThat(message("audit.count", "es", 12_345)).isEqualTo("12.345 entradas");
    assertThat(message("audit.count", "pt", 12_345)).isEqualTo("12.345 entradas");
    // French groups thousands with a narrow no-break space.
    assertThat(message("audit.count", "fr", 12_345)).isEqualTo("12\u202f345 entrées");
  }

  @Test
  void apostrophesStayAsTheBundlesWriteThem() {
    // Without arguments a message is printed as written: one apostrophe.
    assertThat(message("site.description", "fr")).contains("de l'OEA");
    // With arguments an apostrophe is written twice in the bundle and printed once.
    assertThat(message("content.fallback.notice", "fr", "anglais"))
        .startsWith("Cette page n'a pas encore été traduite")
        .endsWith("dans sa langue d'origine\u00a0: anglais.");
    assertThat(message("admin.dashboard.mailPending", "fr", 3))
        .isEqualTo("3 courriels restent en attente d'envoi.");
  }

  @Test
  void argumentsThatAreMessagesThemselvesAreResolved() {
    var group = new DefaultMessageSourceResolvable("site.tag.name");
    assertThat(message("content.history.title", "es", group))
        .isEqualTo("Historial: Grupo Técnico Consultivo sobre Seguridad Portuaria");
  }

  @Test
  void anUnknownCodeFallsBackToTheDefaultMessage() {
    assertThat(MESSAGES.getMessage("no.such.code", new Object[] {1}, "fallback", Locale.ENGLISH))
        .isEqualTo("fallback");
  }

  @Test
  void aKeptTextIsKeptPerLanguageAndAnUnknownCodeIsNotKept() {
    IcuMessageSource source = new IcuMessageSource();
    source.setBasenames("messages/platform", "messages/content");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    Locale spanish = Locale.forLanguageTag("es");
    // The second lookup of each language is answered from what the first kept.
    for (int round = 0; round < 2; round++) {
      assertThat(source.getMessage("footer.privacy", null, Locale.ENGLISH))
          .isEqualTo("Privacy notice");
      assertThat(source.getMessage("footer.privacy", null, spanish))
          .isEqualTo("Aviso de privacidad");
      assertThat(source.resolveCodeWithoutArguments("no.such.code", spanish)).isNull();
    }
    // A language whose bundle lacks a key still falls back to the base bundle, as before.
    assertThat(source.getMessage("footer.contact", null, Locale.forLanguageTag("de")))
        .isEqualTo("Contact");
  }
}
