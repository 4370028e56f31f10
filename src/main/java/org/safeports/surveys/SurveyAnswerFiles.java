package org.safeports.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.safeports.platform.files.InspectedFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files given as answers ({@code survey_answer_file}): one per response and question, a new
 * upload replacing the earlier one. Who may read one is {@link SurveyAnswering#file}'s to decide.
 */
@Component
class SurveyAnswerFiles {

  /** A stored file and the response it answers. */
  record Stored(long id, long responseId, String fileName, String mediaType, byte[] content) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  SurveyAnswerFiles(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the file as the question's answer in this response, replacing any earlier one. */
  long store(long responseId, String questionKey, InspectedFile file) {
    jdbc.sql("delete from survey_answer_file where response_id = :response and question_key = :q")
        .param("response", responseId)
        .param("q", questionKey)
        .update();
    return jdbc.sql(
            """
            insert into survey_answer_file (response_id, question_key, file_name, media_type,
                size_bytes, sha256, content, created_at)
            values (:response, :q, :name, :type, :size, :sha, :content, :at)
            returning id
            """)
        .param("response", responseId)
        .param("q", questionKey)
        .param("name", file.fileName())
        .param("type", file.format().mediaType())
        .param("size", file.size())
        .param("sha", file.sha256())
        .param("content", file.content())
        .param("at", Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql(
            "select id, response_id, file_name, media_type, content from survey_answer_file"
                + " where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getLong("response_id"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getBytes("content")))
        .optional();
  }
}
