package org.safeports.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeports.library.LibraryRecords.Listed;
import org.safeports.platform.files.FileFormat;

/** The columns and joins of a listing's row, shared by the search and the editors' lists. */
final class ListedRows {

  private ListedRows() {}

  static final String LISTED_COLUMNS =
      "d.id, coalesce(t.title, o.title) as title, coalesce(t.language, o.language) as title_language,"
          + " d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level,"
          + " d.status, d.last_reviewed, d.published_at, v.format, v.size_bytes,"
          + " exists (select 1 from library_version p where p.document_id = d.id and not p.approved)"
          + " as pending_version";

  /** The public listing shows published documents only: no waiting versions to flag. */
  static final String PUBLIC_LISTED_COLUMNS =
      "d.id, coalesce(t.title, o.title) as title, coalesce(t.language, o.language) as title_language,"
          + " d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level,"
          + " d.status, d.last_reviewed, d.published_at, v.format, v.size_bytes,"
          + " false as pending_version";

  static final String LISTED_JOINS =
      " join library_description o on o.document_id = d.id and o.language = d.language"
          + " left join library_description t on t.document_id = d.id and t.language = :lang"
          + " left join library_version v on v.id = d.current_version_id";

  static List<Hazard> hazards(ResultSet rs) throws SQLException {
    Array array = rs.getArray("hazards");
    List<Hazard> hazards = new ArrayList<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        hazards.add(Hazard.valueOf((String) value));
      }
    }
    return List.copyOf(hazards);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Listed listed(ResultSet rs, int n) throws SQLException {
    String format = rs.getString("format");
    return new Listed(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("title_language"),
        DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("country_code"),
        rs.getString("port"),
        hazards(rs),
        rs.getString("language"),
        rs.getInt("year"),
        AccessLevel.valueOf(rs.getString("access_level")),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getObject("last_reviewed", LocalDate.class),
        instant(rs, "published_at"),
        format == null ? null : FileFormat.valueOf(format),
        rs.getLong("size_bytes"),
        rs.getBoolean("pending_version"));
  }
}
