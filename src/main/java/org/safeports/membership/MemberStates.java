package org.safeports.membership;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 35 OAS member states, which of them sit on the TAG, and who chairs it. Country names come
 * from the JDK's locale data, so they read right in all four languages.
 */
@Service
@Transactional(readOnly = true)
public class MemberStates {

  private final JdbcClient jdbc;

  MemberStates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every OAS member state, sorted by name in the given language. */
  public List<Country> oasStates(Locale locale) {
    return sorted(
        jdbc.sql("select code, tag_member, chair from member_state")
            .query((rs, n) -> country(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), locale))
            .list(),
        locale);
  }

  /** The TAG's members, the chair first, then by name. */
  public List<Country> tagMembers(Locale locale) {
    return oasStates(locale).stream()
        .filter(Country::tagMember)
        .sorted(Comparator.comparing(Country::chair).reversed())
        .toList();
  }

  public Optional<Country> chair(Locale locale) {
    return oasStates(locale).stream().filter(Country::chair).findFirst();
  }

  public boolean isOasState(String code) {
    return code != null
        && jdbc.sql("select count(*) from member_state where code = ?")
                .param(code)
                .query(Long.class)
                .single()
            > 0;
  }

  public boolean isTagMember(String code) {
    return code != null
        && jdbc.sql("select count(*) from member_state where code = ? and tag_member")
                .param(code)
                .query(Long.class)
                .single()
            > 0;
  }

  /**
   * The country's name in the given language, or the code itself when it is unknown. From the JDK's
   * locale data only, so it joins a caller's transaction but never begins one: a list names a
   * country per row, and each call through the class's read-only default began a transaction of its
   * own (an entity manager and a pooled connection) for no statement at all.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public String name(String code, Locale locale) {
    if (code == null) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isBlank() ? code : name;
  }

  private Country country(String code, boolean tagMember, boolean chair, Locale locale) {
    return new Country(code, name(code, locale), tagMember, chair);
  }

  private static List<Country> sorted(List<Country> countries, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return countries.stream().sorted(Comparator.comparing(Country::name, collator)).toList();
  }
}
