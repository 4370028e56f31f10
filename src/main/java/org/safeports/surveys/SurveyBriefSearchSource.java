package org.safeports.surveys;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published results briefs as the site search reads them: one document per language the brief's
 * summary is written in, under the survey's title in that language (else the original's). A
 * members' brief is found by those {@link SurveyBriefs#reading} lets read it, associate members and
 * up (delegates and the secretariat through the role hierarchy); a public one by everyone.
 */
@Component
class SurveyBriefSearchSource implements SearchSource {

  static final String NAME = "survey-brief";

  static final int BATCH = 100;

  /** Characters of the brief shown under the title when no passage of it matches. */
  static final int SUMMARY = 200;

  private static final String PUBLISHED_TEXTS =
      """
      select s.id, s.slug, b.public, b.published_at, x.language, x.summary_markdown,
             coalesce(t.title, o.title, s.slug) as title
      from survey_brief b
      join survey s on s.id = b.survey_id
      join survey_brief_text x on x.survey_id = b.survey_id
      left join survey_text t on t.survey_id = s.id and t.language = x.language
      left join survey_text o on o.survey_id = s.id and o.language = s.original_language
      where b.published_at is not null
        and (x.language = s.original_language or x.made_from_version >= b.version)
      """;

  private final JdbcClient jdbc;
  private final MarkdownRenderer markdown;

  SurveyBriefSearchSource(JdbcClient jdbc, MarkdownRenderer markdown) {
    this.jdbc = jdbc;
    this.markdown = markdown;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public List<SearchDocument> documents(String ref) {
    OptionalLong id = SearchSource.numericRef(ref);
    if (id.isEmpty()) {
      return List.of();
    }
    return documents(List.of(id.getAsLong()));
  }

  @Override
  @Transactional(readOnly = true)
  public void everything(Consumer<List<SearchDocument>> sink) {
    SearchSource.inIdOrder(
        after ->
            jdbc.sql(
                    """
                    select survey_id from survey_brief
                    where published_at is not null and survey_id > :after
                    order by survey_id limit :limit
                    """)
                .param("after", after)
                .param("limit", BATCH)
                .query(Long.class)
                .list(),
        Long::longValue,
        this::documents,
        sink);
  }

  /** Who may read a brief: everyone, or the members {@link SurveyBriefs#reading} admits. */
  static Set<String> access(boolean publicBrief) {
    return publicBrief ? Set.of(SearchDocument.PUBLIC) : Set.of(PortalRole.ASSOCIATE.name());
  }

  private List<SearchDocument> documents(List<Long> ids) {
    List<SearchDocument> documents = new ArrayList<>();
    jdbc.sql(PUBLISHED_TEXTS + " and s.id in (:ids) order by s.id, x.language")
        .param("ids", ids)
        .query(
            rs -> {
              String language = rs.getString("language");
              String text = markdown.plainText(rs.getString("summary_markdown"));
              Timestamp published = rs.getTimestamp("published_at");
              documents.add(
                  new SearchDocument(
                      NAME,
                      Long.toString(rs.getLong("id")),
                      language,
                      rs.getString("title"),
                      opening(text),
                      text,
                      "/surveys/" + rs.getString("slug") + "/brief?lang=" + language,
                      access(rs.getBoolean("public")),
                      null,
                      Set.of(),
                      published.toInstant()));
            });
    return documents;
  }

  /** The brief's first words, cut at a space. */
  static String opening(String text) {
    if (text.length() <= SUMMARY) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY);
    return text.substring(0, cut > 0 ? cut : SUMMARY) + "…";
  }
}
