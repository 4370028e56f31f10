package org.safeports.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way into the audit log, and the way to read it. An entry joins the transaction of the
 * change it records, so the two are written together or not at all; outside a transaction (a failed
 * sign-in) it is written on its own.
 */
@Service
public class AuditLog {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "id, occurred_at, account_id, account_email, account_name, address, module, action,"
          + " object_type, object_id, before_state, after_state, detail";

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Writes the entry, stamped with the platform clock and the current request's address. */
  @Transactional
  public void record(AuditEntry entry) {
    AuditActor actor = entry.actor() != null ? entry.actor() : AuditActor.current();
    jdbc.sql(
            """
            insert into audit_entry (occurred_at, account_id, account_email, account_name,
                address, module, action, object_type, object_id, before_state, after_state, detail)
            values (:at, :account, :email, :name, :address, :module, :action, :type, :object,
                :before, :after, :detail)
            """)
        .param("at", Timestamp.from(clock.instant()))
        .param("account", actor.accountId())
        .param("email", cut(actor.email(), 320))
        .param("name", cut(actor.name(), 120))
        .param("address", cut(currentAddress(), 64))
        .param("module", entry.action().module())
        .param("action", entry.action().name())
        .param("type", entry.action().objectType())
        .param("object", cut(entry.objectId(), 100))
        .param("before", json(entry.before()))
        .param("after", json(entry.after()))
        .param("detail", json(entry.detail()))
        .update();
  }

  /** A page of the entries the filter lets through, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditRecord> find(AuditFilter filter, Pageable pageable) {
    Where where = where(filter);
    long total =
        jdbc.sql("select count(*) from audit_entry" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<AuditRecord> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from audit_entry"
                    + where.sql()
                    + " order by occurred_at desc, id desc limit :limit offset :offset")
            .params(where.params())
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query((rs, n) -> row(rs))
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  /** Every entry the filter lets through, newest first, one at a time (for an export). */
  @Transactional(readOnly = true)
  public void forEach(AuditFilter filter, Consumer<AuditRecord> consumer) {
    Where where = where(filter);
    jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_entry"
                + where.sql()
                + " order by occurred_at desc, id desc")
        .params(where.params())
        // Read in batches: an export of the whole log never holds it in memory.
        .withFetchSize(500)
        .query((RowCallbackHandler) rs -> consumer.accept(row(rs)));
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(AuditFilter filter) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.email() != null && !filter.email().isBlank()) {
      conditions.add("lower(account_email) like :email escape '\\'");
      params.put("email", "%" + likeEscaped(filter.email().trim().toLowerCase()) + "%");
    }
    if (filter.action() != null) {
      conditions.add("action = :action");
      params.put("action", filter.action().name());
    }
    if (filter.module() != null && !filter.module().isBlank()) {
      conditions.add("module = :module");
      params.put("module", filter.module());
    }
    if (filter.objectType() != null) {
      conditions.add("object_type = :objectType");
      params.put("objectType", filter.objectType());
    }
    if (filter.objectId() != null) {
      conditions.add("object_id = :objectId");
      params.put("objectId", filter.objectId());
    }
    if (filter.from() != null) {
      conditions.add("occurred_at >= :from");
      params.put("from", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (filter.to() != null) {
      conditions.add("occurred_at < :to");
      params.put(
          "to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    return new Where(
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
  }

  private static AuditRecord row(ResultSet rs) throws SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getObject("account_id", Long.class),
        rs.getString("account_email"),
        rs.getString("account_name"),
        rs.getString("address"),
        rs.getString("module"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("before_state"),
        rs.getString("after_state"),
        rs.getString("detail"));
  }

  private static String currentAddress() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  private static String json(Map<String, Object> fields) {
    return fields == null || fields.isEmpty() ? null : JSON.writeValueAsString(fields);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
