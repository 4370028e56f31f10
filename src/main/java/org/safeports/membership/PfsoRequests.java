package org.safeports.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PFSO verification requests and their supporting documents, in SQL. */
@Repository
class PfsoRequests {

  private static final String SELECT =
      """
      select r.*, a.display_name as person_name, a.email as person_email,
             d.file_name as document_name, d.media_type as document_type,
             d.size_bytes as document_size
        from pfso_request r
        join account a on a.id = r.account_id
        left join pfso_document d on d.request_id = r.id
      """;

  private final JdbcClient jdbc;

  PfsoRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long accountId, PfsoForm form, String language, Long renewalOf, Instant now) {
    return jdbc.sql(
            """
            insert into pfso_request (account_id, country_code, port, facility_name,
                imo_facility_number, position, employer, language, requested_at, renewal_of)
            values (:account, :country, :port, :facility, :imo, :position, :employer, :language,
                :now, :renewalOf)
            returning id
            """)
        .param("account", accountId)
        .param("country", form.country())
        .param("port", form.port().strip())
        .param("facility", form.facility().strip())
        .param("imo", form.imoNumberNormalised())
        .param("position", form.position().strip())
        .param("employer", form.employer().strip())
        .param("language", language)
        .param("now", Timestamp.from(now))
        .param("renewalOf", renewalOf)
        .query(Long.class)
        .single();
  }

  void storeDocument(long requestId, PfsoDocuments.Document document, Instant now) {
    jdbc.sql(
            """
            insert into pfso_document (request_id, media_type, file_name, size_bytes, sha256,
                content, uploaded_at)
            values (:id, :type, :name, :size, :sha, :content, :now)
            """)
        .param("id", requestId)
        .param("type", document.mediaType())
        .param("name", document.fileName())
        .param("size", (long) document.content().length)
        .param("sha", document.sha256())
        .param("content", document.content())
        .param("now", Timestamp.from(now))
        .update();
  }

  Optional<PfsoRequest> find(long id) {
    return jdbc.sql(SELECT + " where r.id = :id")
        .param("id", id)
        .query(PfsoRequests::row)
        .optional();
  }

  /** The request, locked for a decision. */
  Optional<PfsoState> stateForUpdate(long id) {
    return jdbc.sql("select state from pfso_request where id = :id for update")
        .param("id", id)
        .query((rs, n) -> PfsoState.valueOf(rs.getString(1)))
        .optional();
  }

  List<PfsoRequest> ofAccount(long accountId) {
    return jdbc.sql(SELECT + " where r.account_id = :id order by r.requested_at desc, r.id desc")
        .param("id", accountId)
        .query(PfsoRequests::row)
        .list();
  }

  /**
   * Requests of these countries (all countries when {@code countries} is null), in the given states
   * (all when null), waiting ones first, then by their last day, then newest.
   */
  List<PfsoRequest> list(List<String> countries, List<String> states) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where true");
    if (countries != null) {
      sql.append(" and r.country_code in (:countries)");
    }
    if (states != null) {
      sql.append(" and r.state in (:states)");
    }
    sql.append(
        " order by (r.state = 'PENDING') desc, r.valid_until nulls last, r.requested_at desc");
    var spec = jdbc.sql(sql.toString());
    if (countries != null) {
      spec = spec.param("countries", countries.isEmpty() ? List.of("") : countries);
    }
    if (states != null) {
      spec = spec.param("states", states);
    }
    return spec.query(PfsoRequests::row).list();
  }

  Optional<byte[]> documentContent(long requestId) {
    return jdbc.sql("select content from pfso_document where request_id = :id")
        .param("id", requestId)
        .query(byte[].class)
        .optional();
  }

  void approve(long id, long by, Instant now, LocalDate validUntil, Instant deleteAfter) {
    jdbc.sql(
            """
            update pfso_request set state = 'APPROVED', decided_by = :by, decided_at = :now,
                valid_until = :until where id = :id
            """)
        .param("id", id)
        .param("by", by)
        .param("now", Timestamp.from(now))
        .param("until", validUntil)
        .update();
    scheduleDeletion(id, deleteAfter);
  }

  void decline(long id, long by, Instant now, String reason, Instant deleteAfter) {
    jdbc.sql(
            """
            update pfso_request set state = 'DECLINED', decided_by = :by, decided_at = :now,
                reason = :reason where id = :id
            """)
        .param("id", id)
        .param("by", by)
        .param("now", Timestamp.from(now))
        .param("reason", reason)
        .update();
    scheduleDeletion(id, deleteAfter);
  }

  private void scheduleDeletion(long id, Instant deleteAfter) {
    jdbc.sql("update pfso_document set delete_after = :after where request_id = :id")
        .param("id", id)
        .param("after", Timestamp.from(deleteAfter))
        .update();
  }

  /** Marks the verification a renewal replaces; answers its last day. */
  Optional<LocalDate> markRenewed(long id) {
    return jdbc.sql(
            """
            update pfso_request set state = 'RENEWED'
             where id = :id and state in ('APPROVED', 'EXPIRED') returning valid_until
            """)
        .param("id", id)
        .query(LocalDate.class)
        .optional();
  }

  /**
   * Moves every verification whose last day is before {@code today} to EXPIRED and answers those it
   * moved. One statement: two runs at once each move (and answer) a row at most once.
   */
  List<Long> expire(LocalDate today) {
    return jdbc.sql(
            """
            update pfso_request set state = 'EXPIRED'
             where state = 'APPROVED' and valid_until < :today returning id
            """)
        .param("today", today)
        .query(Long.class)
        .list();
  }

  /** Marks as reminded every verification ending by {@code lastDay} not reminded yet. */
  List<Long> remind(LocalDate today, LocalDate lastDay, Instant now) {
    return jdbc.sql(
            """
            update pfso_request set reminded_at = :now
             where state = 'APPROVED' and reminded_at is null
               and valid_until >= :today and valid_until <= :lastDay
            returning id
            """)
        .param("now", Timestamp.from(now))
        .param("today", today)
        .param("lastDay", lastDay)
        .query(Long.class)
        .list();
  }

  /** Deletes the documents whose time is up; answers how many. */
  int deleteDocumentsDue(Instant now) {
    return jdbc.sql("delete from pfso_document where delete_after <= :now")
        .param("now", Timestamp.from(now))
        .update();
  }

  long countInForce(String countryCode, LocalDate today) {
    return jdbc.sql(
            """
            select count(distinct account_id) from pfso_request
             where country_code = :country and state = 'APPROVED' and valid_until >= :today
            """)
        .param("country", countryCode)
        .param("today", today)
        .query(Long.class)
        .single();
  }

  private static PfsoRequest row(ResultSet rs, int n) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    Timestamp reminded = rs.getTimestamp("reminded_at");
    java.sql.Date until = rs.getDate("valid_until");
    long decidedBy = rs.getLong("decided_by");
    Long decider = rs.wasNull() ? null : decidedBy;
    long renewal = rs.getLong("renewal_of");
    Long renewalOf = rs.wasNull() ? null : renewal;
    long size = rs.getLong("document_size");
    Long documentSize = rs.wasNull() ? null : size;
    return new PfsoRequest(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("country_code"),
        rs.getString("port"),
        rs.getString("facility_name"),
        rs.getString("imo_facility_number"),
        rs.getString("position"),
        rs.getString("employer"),
        rs.getString("language"),
        PfsoState.valueOf(rs.getString("state")),
        rs.getTimestamp("requested_at").toInstant(),
        decider,
        decided == null ? null : decided.toInstant(),
        rs.getString("reason"),
        until == null ? null : until.toLocalDate(),
        reminded == null ? null : reminded.toInstant(),
        renewalOf,
        rs.getString("person_name"),
        rs.getString("person_email"),
        rs.getString("document_name"),
        rs.getString("document_type"),
        documentSize);
  }
}
