package org.safeports.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approved associate organisations and the contacts they vouch for. */
@Component
class AssociateOrganisations {

  /** An approved organisation, as the directory lists it. */
  record Organisation(
      long id,
      String name,
      AssociateKind kind,
      String countryCode,
      String website,
      Instant since) {}

  /** One of an organisation's contacts. */
  record Contact(
      long organisationId,
      long accountId,
      String name,
      String position,
      String email,
      Instant since) {}

  private final JdbcClient jdbc;

  AssociateOrganisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The organisation of that name in that country, created approved now if it is not yet. */
  long ensure(String name, AssociateKind kind, String countryCode, String website, Instant now) {
    Optional<Long> existing =
        jdbc.sql(
                "select id from associate_organisation where lower(name) = lower(?)"
                    + " and country_code = ?")
            .params(name, countryCode)
            .query(Long.class)
            .optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    return jdbc.sql(
            "insert into associate_organisation (name, kind, country_code, website, approved_at)"
                + " values (:name, :kind, :country, :website, :now) returning id")
        .param("name", name)
        .param("kind", kind.name())
        .param("country", countryCode)
        .param("website", website)
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  /** Makes the account a contact of the organisation (once). */
  void addContact(
      long organisationId,
      long accountId,
      Long applicationId,
      String name,
      String position,
      String email,
      Instant now) {
    jdbc.sql(
            """
            insert into associate_contact (organisation_id, account_id, application_id, name,
                position, email, since)
            values (?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, account_id) do nothing
            """)
        .params(
            organisationId, accountId, applicationId, name, position, email, Timestamp.from(now))
        .update();
  }

  Optional<Organisation> byId(long id) {
    return jdbc.sql("select * from associate_organisation where id = ?")
        .param(id)
        .query(AssociateOrganisations::organisation)
        .optional();
  }

  /** Every approved organisation, by name; the directory sorts and filters further. */
  List<Organisation> all() {
    return jdbc.sql("select * from associate_organisation order by lower(name), id")
        .query(AssociateOrganisations::organisation)
        .list();
  }

  List<Contact> contacts() {
    return jdbc.sql(
            "select organisation_id, account_id, name, position, email, since"
                + " from associate_contact order by organisation_id, since, id")
        .query(
            (rs, n) ->
                new Contact(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  /** The organisations the account is a contact of, oldest first. */
  List<Organisation> ofAccount(long accountId) {
    return jdbc.sql(
            "select o.*, c.since as contact_since from associate_organisation o"
                + " join associate_contact c on c.organisation_id = o.id"
                + " where c.account_id = ? order by c.since, o.id")
        .param(accountId)
        .query(
            (rs, n) ->
                new Organisation(
                    rs.getLong("id"),
                    rs.getString("name"),
                    AssociateKind.valueOf(rs.getString("kind")),
                    rs.getString("country_code"),
                    rs.getString("website"),
                    rs.getTimestamp("contact_since").toInstant()))
        .list();
  }

  boolean isContact(long organisationId, String email) {
    return jdbc.sql(
                "select count(*) from associate_contact where organisation_id = ?"
                    + " and lower(email) = lower(?)")
            .params(organisationId, email)
            .query(Long.class)
            .single()
        > 0;
  }

  private static Organisation organisation(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new Organisation(
        rs.getLong("id"),
        rs.getString("name"),
        AssociateKind.valueOf(rs.getString("kind")),
        rs.getString("country_code"),
        rs.getString("website"),
        rs.getTimestamp("approved_at").toInstant());
  }
}
