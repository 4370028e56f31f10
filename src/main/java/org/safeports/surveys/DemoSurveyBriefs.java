package org.safeports.surveys;

import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's published brief of the 2010 survey on ISO 28000, in the four languages. It runs after
 * the demo surveys are written (a later order) and does nothing when that survey is not there or
 * already has a brief, so restarting the demo changes nothing.
 */
@Component
class DemoSurveyBriefs {

  private static final Logger log = LoggerFactory.getLogger(DemoSurveyBriefs.class);

  private final DemoMode demoMode;
  private final JdbcClient jdbc;
  private final SurveyBriefs briefs;
  private final SurveyBriefTranslations translations;

  DemoSurveyBriefs(
      DemoMode demoMode,
      JdbcClient jdbc,
      SurveyBriefs briefs,
      SurveyBriefTranslations translations) {
    this.demoMode = demoMode;
    this.jdbc = jdbc;
    this.briefs = briefs;
    this.translations = translations;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(95)
  void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    Optional<Long> survey =
        jdbc.sql(
                """
                select s.id from survey s
                where s.status = 'CLOSED'
                  and exists (select 1 from survey_text t where t.survey_id = s.id
                              and t.title ilike '%ISO 28000%')
                  and not exists (select 1 from survey_brief b where b.survey_id = s.id)
                order by s.id limit 1
                """)
            .query(Long.class)
            .optional();
    if (survey.isEmpty()) {
      return;
    }
    BriefForm form = new BriefForm();
    form.setSummaryEs(
        """
        Cuatro Estados miembros respondieron a la encuesta de 2010 sobre la norma **ISO 28000**: \
        Canadá, Costa Rica, Panamá y Perú.

        - La mayoría conoce la norma, pero pocas instalaciones portuarias la aplican.
        - Los costos de certificación y la falta de auditores son los obstáculos más citados.
        - Se pide al TAG una guía breve y ejemplos de planes de otros países.

        La secretaría volverá a preguntar en la próxima ronda para medir el avance.""");
    form.setSummaryEn(
        """
        Four member states answered the 2010 survey on **ISO 28000**: Canada, Costa Rica, \
        Panama and Peru.

        - Most know the standard, but few port facilities apply it.
        - The cost of certification and the lack of auditors are the obstacles named most.
        - The TAG is asked for a short guide and for examples of other countries' plans.

        The secretariat will ask again in the next wave to measure the progress.""");
    form.setSummaryPt(
        """
        Quatro Estados membros responderam à pesquisa de 2010 sobre a norma **ISO 28000**: \
        Canadá, Costa Rica, Panamá e Peru.

        - A maioria conhece a norma, mas poucas instalações portuárias a aplicam.
        - O custo da certificação e a falta de auditores são os obstáculos mais citados.
        - Pede-se ao TAG um guia curto e exemplos de planos de outros países.

        A secretaria voltará a perguntar na próxima rodada para medir o avanço.""");
    form.setSummaryFr(
        """
        Quatre États membres ont répondu à l'enquête de 2010 sur la norme **ISO 28000** : \
        le Canada, le Costa Rica, le Panama et le Pérou.

        - La plupart connaissent la norme, mais peu d'installations portuaires l'appliquent.
        - Le coût de la certification et le manque d'auditeurs sont les obstacles les plus cités.
        - Le TAG est prié de fournir un guide court et des exemples de plans d'autres pays.

        Le secrétariat reposera la question lors de la prochaine vague pour mesurer les progrès.""");
    form.setCharts(
        briefs.chartable(survey.get(), Locale.ENGLISH).stream()
            .map(ResultsTally.QuestionResult::key)
            .toList());
    form.setPublicBrief(false);
    // As the secretariat works: the original first, then each translation on its own screen, then
    // publishing, so that the mail goes to each reader in their language.
    long id = survey.get();
    String original =
        jdbc.sql("select original_language from survey where id = ?")
            .param(id)
            .query(String.class)
            .single();
    briefs.save(id, form, false);
    for (String language : SurveyBriefs.LANGUAGES) {
      if (!language.equals(original)) {
        BriefTranslationForm translation = translations.form(translations.screen(id, language));
        translation.setSummary(form.summary(language));
        translations.save(id, language, translation, "TAG secretariat");
      }
    }
    briefs.save(id, form, true);
    log.info("Demo results brief published for survey {}", id);
  }
}
