package org.safeports.library;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans per member state for the participation table: versions of the country's contingency and
 * emergency operations plans uploaded in the period, and the country's plans kept reviewed (last
 * reviewed within the year before the period's end).
 */
@Component
class LibraryParticipationFigures implements ParticipationSource {

  private static final String PLANS =
      " d.doc_type in ('CONTINGENCY_PLAN', 'EMERGENCY_OPERATIONS_PLAN') and d.country_code is not null";

  private final JdbcClient jdbc;

  LibraryParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> uploaded = new HashMap<>();
    jdbc.sql(
            "select d.country_code, count(*) from library_version v"
                + " join library_document d on d.id = v.document_id where"
                + PLANS
                + " and v.uploaded_at >= :from and v.uploaded_at < :to group by d.country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, n) -> uploaded.put(rs.getString(1), rs.getLong(2)))
        .list();
    Map<String, Long> reviewed = new HashMap<>();
    jdbc.sql(
            "select d.country_code, count(*) from library_document d where"
                + PLANS
                + " and d.status = 'PUBLISHED' and d.last_reviewed >= :yearBefore"
                + " and d.last_reviewed < :to group by d.country_code")
        .param("yearBefore", Date.valueOf(to.atZone(ZoneOffset.UTC).toLocalDate().minusYears(1)))
        .param("to", Date.valueOf(to.atZone(ZoneOffset.UTC).toLocalDate()))
        .query((rs, n) -> reviewed.put(rs.getString(1), rs.getLong(2)))
        .list();
    Map<Measure, Map<String, Long>> figures = new EnumMap<>(Measure.class);
    figures.put(Measure.PLANS_UPLOADED, uploaded);
    figures.put(Measure.PLANS_REVIEWED, reviewed);
    return figures;
  }
}
