package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the surveys give the site search: published results briefs, for members or the public. */
@PortalTest
@RecordApplicationEvents
class SurveyBriefSearchSourceTests {

  @Autowired TestSurveys surveys;
  @Autowired SurveyBriefs briefs;
  @Autowired SurveyBriefSearchSource source;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired SurveyBriefTranslations translations;

  @Test
  void aSavedBriefIsFoundOnlyOncePublishedAndThenInEachLanguageItIsWrittenIn() {
    TestSurveys.Made survey = closedSurvey();
    briefs.save(survey.id(), brief(false, "Most ports **drill** yearly.", null), false);
    assertThat(changesOf(survey.id())).as("a saved draft brief").isZero();
    assertThat(source.documents(Long.toString(survey.id()))).isEmpty();

    briefs.save(survey.id(), brief(false, "Most ports drill yearly.", null), true);
    assertThat(changesOf(survey.id())).isEqualTo(1);
    assertThat(source.documents(Long.toString(survey.id())))
        .extracting(SearchDocument::language)
        .containsExactly("en");
    BriefTranslationForm spanish = translations.form(translations.screen(survey.id(), "es"));
    spanish.setSummary("La mayoría de los puertos ensaya.");
    translations.save(survey.id(), "es", spanish, "Translator");
    assertThat(changesOf(survey.id())).as("a saved translation").isEqualTo(2);

    List<SearchDocument> documents = source.documents(Long.toString(survey.id()));
    assertThat(documents).extracting(SearchDocument::language).containsExactly("en", "es");
    SearchDocument en = documents.get(0);
    assertThat(en.source()).isEqualTo("survey-brief");
    assertThat(en.title()).isEqualTo(titleIn(survey.id(), "en"));
    assertThat(en.body()).isEqualTo("Most ports drill yearly.");
    assertThat(en.summary()).isEqualTo("Most ports drill yearly.");
    assertThat(en.path()).isEqualTo("/surveys/" + survey.slug() + "/brief?lang=en");
    assertThat(en.access()).as("members: associates and up").containsExactly("ASSOCIATE");
    assertThat(en.publishedAt()).isNotNull();
    assertThat(documents.get(1).body()).isEqualTo("La mayoría de los puertos ensaya.");
  }

  @Test
  void aPublishedBriefMadePublicIsToldAndFoundByEveryone() {
    TestSurveys.Made survey = closedSurvey();
    briefs.save(survey.id(), brief(false, "Summary.", null), true);
    briefs.save(survey.id(), brief(true, "Summary.", null), false);
    assertThat(changesOf(survey.id())).isEqualTo(2);
    assertThat(source.documents(Long.toString(survey.id())))
        .singleElement()
        .satisfies(d -> assertThat(d.access()).containsExactly(SearchDocument.PUBLIC));
    assertThat(source.documents("x")).isEmpty();
  }

  @Test
  void everythingHandsOverThePublishedBriefs() {
    TestSurveys.Made published = closedSurvey();
    briefs.save(published.id(), brief(true, "Out.", null), true);
    TestSurveys.Made draft = closedSurvey();
    briefs.save(draft.id(), brief(true, "Not yet.", null), false);
    List<List<SearchDocument>> batches = new ArrayList<>();
    source.everything(batches::add);
    List<String> refs = batches.stream().flatMap(List::stream).map(SearchDocument::ref).toList();
    assertThat(refs)
        .contains(Long.toString(published.id()))
        .doesNotContain(Long.toString(draft.id()));
  }

  private TestSurveys.Made closedSurvey() {
    return surveys.survey(SurveyAudience.STATES, "CLOSED", 2, TestSurveys.sample("Used?", "Why?"));
  }

  private static BriefForm brief(boolean publicBrief, String english, String spanish) {
    BriefForm form = new BriefForm();
    form.setPublicBrief(publicBrief);
    form.setSummaryEn(english);
    form.setSummaryEs(spanish);
    return form;
  }

  private String titleIn(long surveyId, String language) {
    return jdbc.sql("select title from survey_text where survey_id = ? and language = ?")
        .params(surveyId, language)
        .query(String.class)
        .single();
  }

  private long changesOf(long id) {
    return events.stream(SearchableChange.class)
        .filter(
            c -> c.searchSource().equals("survey-brief") && c.searchRef().equals(Long.toString(id)))
        .count();
  }
}
