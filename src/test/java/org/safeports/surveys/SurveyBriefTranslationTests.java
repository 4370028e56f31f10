package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A results brief translated through the content module's translation workflow: listed with the
 * translations to do while missing, written beside the original, out of date when the original
 * changes (readers then get the original), and the mail on publishing in each reader's language.
 */
@PortalTest
class SurveyBriefTranslationTests {

  @LocalServerPort int port;
  @Autowired TestSurveys surveys;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("brief-tr-" + role.name().toLowerCase());
    PortalClient client = new PortalClient(port);
    accounts.create(email, role);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  TestSurveys.Made answered() {
    TestSurveys.Made survey =
        surveys.survey(SurveyAudience.STATES, "CLOSED", 2, TestSurveys.sample("Used?", "Why?"));
    long delegate = accounts.create(TestAccounts.freshEmail("brief-tr-d"), PortalRole.DELEGATE);
    for (String country : List.of("PE", "CR", "PA")) {
      surveys.response(
          survey,
          delegate,
          country,
          "SUBMITTED",
          new Answers(Map.of("iso", Answer.ofChoices(List.of("yes"), null))));
    }
    return survey;
  }

  /** An invited delegate who reads in this language. */
  String invited(TestSurveys.Made survey, String language) {
    String email = TestAccounts.freshEmail("brief-tr-" + language);
    long id = accounts.create(email, PortalRole.DELEGATE);
    jdbc.sql("update account set language = ? where id = ?").params(language, id).update();
    jdbc.sql(
            "insert into survey_invitation (survey_id, account_id, email, country_code, invited_at)"
                + " values (?, ?, ?, 'PE', now())")
        .params(survey.id(), id, email)
        .update();
    return email;
  }

  static String value(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("field " + name).isTrue();
    return m.group(1);
  }

  /** The part of the translations-to-do page about one language. */
  static String workFor(String page, String language) {
    Element section = Jsoup.parse(page).selectFirst("section:has(h2#work-" + language + ")");
    assertThat(section).as("section of " + language).isNotNull();
    return section.html();
  }

  @Test
  void aBriefIsTranslatedBesideItsOriginalGoesStaleAndReachesEachReaderInTheirLanguage() {
    TestSurveys.Made survey = answered();
    String spanishReader = invited(survey, "es");
    String frenchReader = invited(survey, "fr");
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String brief = "/admin/surveys/" + survey.id() + "/brief";
    String es = brief + "/translations/es";
    String title = "Survey " + survey.slug();

    // Before the brief exists there is nothing to translate.
    assertThat(editor.get(es).status()).isEqualTo(404);
    assertThat(editor.get(brief).body()).contains("Save the brief in the survey");
    assertThat(editor.post(brief, "summaryEn", "All **three** answered.").isRedirectTo(brief))
        .isTrue();

    // Missing in the three other languages: on the brief's screen and on the list of work.
    assertThat(editor.get(brief).body()).contains(es).contains("missing");
    String work = editor.get("/admin/content/translations").body();
    for (String language : List.of("es", "pt", "fr")) {
      assertThat(workFor(work, language))
          .contains("Survey results brief")
          .contains(title)
          .contains(brief + "/translations/" + language)
          .contains("missing");
    }
    assertThat(workFor(work, "en")).doesNotContain(title);

    // The screen: the original beside an empty translation; an empty save is refused next to it.
    String screen = editor.get(es).body();
    assertThat(screen).contains("All **three** answered.").doesNotContain("has changed since");
    String basedOn = value(screen, "basedOn");
    PortalClient.Response refused =
        editor.post(es, "summary", "  ", "revision", "", "basedOn", basedOn);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select("#summary-error").text())
        .contains("Write the translation of the summary.");
    assertThat(Jsoup.parse(refused.body()).select("#summary").attr("aria-invalid"))
        .isEqualTo("true");

    assertThat(
            editor
                .post(
                    es, "summary", "Los **tres** respondieron.", "revision", "", "basedOn", basedOn)
                .isRedirectTo(es))
        .isTrue();
    String saved = editor.get(es).body();
    assertThat(saved).contains("Los **tres** respondieron.").contains("Last saved by");
    assertThat(workFor(editor.get("/admin/content/translations").body(), "es"))
        .doesNotContain(title);
    assertThat(editor.get(brief).body()).contains("up to date");

    // Published: the Spanish reader gets the Spanish summary, the French one the original.
    assertThat(
            editor
                .post(brief, "summaryEn", "All **three** answered.", "publish", "true")
                .isRedirectTo(brief))
        .isTrue();
    MailReader mail = new MailReader(jdbc);
    assertThat(mail.awaitLatest(spanishReader, "survey.brief", 0))
        .contains("Gracias por participar")
        .contains("Los **tres** respondieron.")
        .contains("/surveys/" + survey.slug() + "/brief");
    assertThat(mail.awaitLatest(frenchReader, "survey.brief", 0))
        .contains("Merci d'avoir participé")
        .contains("All **three** answered.");

    PortalClient associate = signedIn(PortalRole.ASSOCIATE);
    String page = "/surveys/" + survey.slug() + "/brief";
    assertThat(associate.language("es").get(page).body())
        .contains("Los <strong>tres</strong> respondieron.")
        .doesNotContain("aún no se ha traducido");

    // The original changes: the translation is out of date everywhere, and readers get the
    // original with a word on why.
    editor.post(brief, "summaryEn", "Now **four** answered.");
    assertThat(editor.get(es).body()).contains("has changed since this translation");
    assertThat(editor.get(brief).body()).contains("out of date");
    assertThat(workFor(editor.get("/admin/content/translations").body(), "es"))
        .contains(title)
        .contains("out of date");
    String stale = associate.language("es").get(page).body();
    assertThat(stale)
        .contains("Now <strong>four</strong> answered.")
        .contains("se está poniendo al día")
        .doesNotContain("respondieron");

    // Saved again from the new original: up to date, shown again.
    String again = editor.get(es).body();
    assertThat(
            editor
                .post(
                    es,
                    "summary",
                    "Ahora respondieron **cuatro**.",
                    "revision",
                    value(again, "revision"),
                    "basedOn",
                    value(again, "basedOn"))
                .isRedirectTo(es))
        .isTrue();
    assertThat(editor.get(es).body()).doesNotContain("has changed since this translation");
    assertThat(associate.language("es").get(page).body())
        .contains("Ahora respondieron <strong>cuatro</strong>.");
  }

  @Test
  void aColleaguesNewerSaveIsNotOverwrittenUnknowinglyAndAnOriginalChangedMeanwhileLeavesItStale() {
    TestSurveys.Made survey = answered();
    PortalClient editor = signedIn(PortalRole.EDITOR);
    PortalClient colleague = signedIn(PortalRole.EDITOR);
    String brief = "/admin/surveys/" + survey.id() + "/brief";
    String pt = brief + "/translations/pt";
    editor.post(brief, "summaryEn", "Original.");

    String opened = editor.get(pt).body();
    String revision = value(opened, "revision");
    String basedOn = value(opened, "basedOn");
    String theirs = colleague.get(pt).body();
    assertThat(
            colleague
                .post(
                    pt,
                    "summary",
                    "Texto da colega.",
                    "revision",
                    value(theirs, "revision"),
                    "basedOn",
                    value(theirs, "basedOn"))
                .isRedirectTo(pt))
        .isTrue();

    PortalClient.Response conflict =
        editor.post(pt, "summary", "Meu texto.", "revision", revision, "basedOn", basedOn);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else saved this translation")
        .contains("Texto da colega.")
        .contains("Meu texto.");
    assertThat(stored(survey, "pt")).isEqualTo("Texto da colega.");
    // Knowingly, a second save replaces theirs.
    assertThat(
            editor
                .post(
                    pt,
                    "summary",
                    "Meu texto.",
                    "revision",
                    value(conflict.body(), "revision"),
                    "basedOn",
                    basedOn)
                .isRedirectTo(pt))
        .isTrue();
    assertThat(stored(survey, "pt")).isEqualTo("Meu texto.");

    // The original changes while the translator writes: the save is kept, and marked stale.
    String beforeChange = editor.get(pt).body();
    editor.post(brief, "summaryEn", "Original, corrected.");
    assertThat(
            editor
                .post(
                    pt,
                    "summary",
                    "Meu texto, revisto.",
                    "revision",
                    value(beforeChange, "revision"),
                    "basedOn",
                    value(beforeChange, "basedOn"))
                .isRedirectTo(pt))
        .isTrue();
    assertThat(editor.get(pt).body())
        .contains("Meu texto, revisto.")
        .contains("has changed since this translation");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'SURVEY_BRIEF_TRANSLATED'"
                        + " and object_id = ?")
                .param(String.valueOf(survey.id()))
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void onlyTheOtherLanguagesOfAnExistingBriefHaveATranslationScreen() {
    TestSurveys.Made survey = answered();
    TestSurveys.Made without = answered();
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String brief = "/admin/surveys/" + survey.id() + "/brief";
    editor.post(brief, "summaryEn", "Original.");
    assertThat(editor.get(brief + "/translations/fr").status()).isEqualTo(200);
    assertThat(editor.get(brief + "/translations/en").status()).isEqualTo(404);
    assertThat(editor.get(brief + "/translations/de").status()).isEqualTo(404);
    assertThat(editor.get(brief + "/translations/FR").status()).isEqualTo(404);
    String other = "/admin/surveys/" + without.id() + "/brief/translations/fr";
    assertThat(editor.get(other).status()).isEqualTo(404);
    assertThat(editor.post(other, "summary", "Texte.", "basedOn", "0").status()).isEqualTo(404);
    assertThat(stored(without, "fr")).isNull();
    assertThat(signedIn(PortalRole.DELEGATE).get(brief + "/translations/fr").status())
        .isEqualTo(403);
  }

  @Test
  void theTranslationScreenIsValidHtml() {
    TestSurveys.Made survey = answered();
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String brief = "/admin/surveys/" + survey.id() + "/brief";
    editor.post(brief, "summaryEn", "Original.");
    String es = brief + "/translations/es";
    List<String> pages = new ArrayList<>();
    pages.add(editor.get(es).body());
    pages.add(editor.post(es, "summary", "", "revision", "", "basedOn", "0").body());
    pages.add(editor.get(brief).body());
    for (String html : pages) {
      Document document = Jsoup.parse(html);
      Set<String> ids = new HashSet<>();
      for (Element element : document.select("[id]")) {
        assertThat(ids.add(element.id())).as("duplicate id " + element.id()).isTrue();
      }
      for (Element control : document.select("main textarea, main input:not([type=hidden])")) {
        assertThat(document.select("label[for=" + control.id() + "]"))
            .as("label of " + control.id())
            .isNotEmpty();
      }
      for (Element reference : document.select("[aria-labelledby], [aria-describedby]")) {
        for (String id :
            (reference.attr("aria-labelledby") + " " + reference.attr("aria-describedby"))
                .trim()
                .split("\\s+")) {
          assertThat(ids).as("referenced id " + id).contains(id);
        }
      }
      assertThat(document.select("form form")).isEmpty();
      assertThat(document.select("main h1")).hasSize(1);
    }
  }

  private String stored(TestSurveys.Made survey, String language) {
    return jdbc.sql(
            "select summary_markdown from survey_brief_text where survey_id = ? and language = ?")
        .params(survey.id(), language)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
