package org.safeports.membership;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Member states and delegates as tests need them: a delegate row written directly, for tests of
 * pages that list delegates rather than of appointing them.
 */
@Component
public class TestMemberStates {

  private final JdbcClient jdbc;

  TestMemberStates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Lists the account as a delegate of the country. */
  public void delegate(String countryCode, long accountId, String position, String phone) {
    jdbc.sql(
            "insert into delegate (country_code, account_id, position, phone, appointed_at)"
                + " values (?, ?, ?, ?, now())")
        .params(countryCode, accountId, position, phone)
        .update();
  }

  public int version(String code) {
    return jdbc.sql("select version from member_state where code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }

  public String chair() {
    return jdbc.sql("select code from member_state where chair").query(String.class).single();
  }

  public LocalDate joinedOn(String code) {
    return jdbc.sql("select joined_on from member_state where code = ?")
        .param(code)
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  /** Puts a state back as the migration left it, with the United States in the chair. */
  public void restore(String code, boolean tagMember) {
    jdbc.sql("update member_state set chair = false where chair and code <> 'US'").update();
    jdbc.sql("update member_state set chair = true, tag_member = true where code = 'US'").update();
    jdbc.sql("update member_state set tag_member = ?, joined_on = null where code = ?")
        .params(tagMember, code)
        .update();
  }
}
