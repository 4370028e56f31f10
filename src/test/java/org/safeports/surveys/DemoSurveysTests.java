package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class DemoSurveysTests {

  @LocalServerPort int port;
  @Autowired DemoSurveys demo;
  @Autowired DemoSurveyBriefs briefs;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoSurveysAreThereOnceWithTheirAnswersAndBrief() {
    String counts =
        "select (select count(*) from survey) || '/' || (select count(*) from survey_response)"
            + " || '/' || (select count(*) from survey_brief)";
    String before = jdbc.sql(counts).query(String.class).single();
    demo.load();
    briefs.load();
    assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);

    assertThat(
            jdbc.sql(
                    """
                    select string_agg(r.country_code, ',' order by r.country_code)
                    from survey_response r join survey s on s.id = r.survey_id
                    join survey_text t on t.survey_id = s.id and t.language = 'en'
                    where t.title = 'Use of ISO 28000 in member states'' ports (2010)'
                      and s.status = 'CLOSED' and r.status = 'SUBMITTED'
                      and extract(year from s.closes_at) = 2011
                    """)
                .query(String.class)
                .single())
        .isEqualTo("CA,CR,PA,PE");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from survey_brief b join survey_text t on t.survey_id = b.survey_id
                    where t.language = 'en' and t.title like '%ISO 28000%'
                    """)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
                    select s.kind || ':' || s.status from survey s
                    join survey_text t on t.survey_id = s.id and t.language = 'fr'
                    where t.title = 'Demande des plans nationaux d''urgence portuaire'
                    """)
                .query(String.class)
                .single())
        .isEqualTo("DATA_CALL:OPEN");

    PortalClient peru = new PortalClient(port);
    assertThat(peru.signIn("delegate@demo.safeports.org", "harbour-demo-2026").isRedirectTo("/"))
        .isTrue();
    String slug =
        jdbc.sql(
                """
                select s.slug from survey s join survey_text t on t.survey_id = s.id
                where t.language = 'en' and t.title like 'Questionnaire on the group%'
                """)
            .query(String.class)
            .single();
    String page = peru.get("/surveys/" + slug).body();
    assertThat(page).containsPattern("<input[^>]*value=\"fair\"[^>]*checked");
    assertThat(page).doesNotContainPattern("<input[^>]*value=\"well\"[^>]*checked");
  }
}
