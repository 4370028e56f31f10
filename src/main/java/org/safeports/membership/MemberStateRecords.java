package org.safeports.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code member_state}, for the pages and the admin screen. */
@Repository
class MemberStateRecords {

  private static final String COLUMNS = "code, tag_member, chair, joined_on, version";

  private final JdbcClient jdbc;

  MemberStateRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MemberStateRow> all() {
    return jdbc.sql("select " + COLUMNS + " from member_state order by code")
        .query(MemberStateRecords::row)
        .list();
  }

  Optional<MemberStateRow> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from member_state where code = ?")
        .param(code)
        .query(MemberStateRecords::row)
        .optional();
  }

  /**
   * The row, locked until the transaction ends, so two saves of one state come one after another.
   */
  Optional<MemberStateRow> lock(String code) {
    return jdbc.sql("select " + COLUMNS + " from member_state where code = ? for update")
        .param(code)
        .query(MemberStateRecords::row)
        .optional();
  }

  /** The chair's row, locked, when some state chairs the TAG. */
  Optional<MemberStateRow> lockChair() {
    return jdbc.sql("select " + COLUMNS + " from member_state where chair for update")
        .query(MemberStateRecords::row)
        .optional();
  }

  void update(String code, boolean tagMember, boolean chair, LocalDate joinedOn) {
    jdbc.sql(
            "update member_state set tag_member = ?, chair = ?, joined_on = ?,"
                + " version = version + 1 where code = ?")
        .params(tagMember, chair, joinedOn == null ? null : Date.valueOf(joinedOn), code)
        .update();
  }

  void unsetChair(String code) {
    jdbc.sql("update member_state set chair = false, version = version + 1 where code = ?")
        .param(code)
        .update();
  }

  /** Demo data: the date a state joined, where none is recorded yet. */
  int joinedWhereUnknown(String code, LocalDate joinedOn) {
    return jdbc.sql(
            "update member_state set joined_on = ?, version = version + 1"
                + " where code = ? and joined_on is null and tag_member")
        .params(Date.valueOf(joinedOn), code)
        .update();
  }

  private static MemberStateRow row(ResultSet rs, int n) throws SQLException {
    Date joined = rs.getDate("joined_on");
    return new MemberStateRow(
        rs.getString("code"),
        rs.getBoolean("tag_member"),
        rs.getBoolean("chair"),
        joined == null ? null : joined.toLocalDate(),
        rs.getInt("version"));
  }
}
