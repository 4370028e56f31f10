package org.safeports.voices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published pieces as visitors read them (one statement per list), the review queue, and the
 * participation of each member state. Public: the home page shows the latest piece.
 */
@Service
@Transactional(readOnly = true)
public class PortVoicesDirectory {

  private static final String CARD =
      """
      select p.id, p.slug, coalesce(t.title, p.title) as title, coalesce(t.summary, p.summary) as summary,
             coalesce(t.language, p.language) as language, p.topic, p.country_code, p.author_name,
             p.author_organisation, coalesce(p.publish_at, p.published_at) as shown_at,
             p.language as original_language,
      """
          + PieceLeadImages.COLUMNS
          + """
      from voices_piece p
      left join voices_translation t on t.piece_id = p.id and t.language = :lang and t.published
      """
          + PieceLeadImages.JOINS.replace("lt.language = :lang", "lt.language = t.language")
          + """
      where p.status = 'PUBLISHED' and (p.publish_at is null or p.publish_at <= :now)
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  PortVoicesDirectory(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The newest published piece, in the reader's language where translated. */
  public Optional<PieceCard> latest(String lang) {
    return published(lang, null, null, null, 0, 1).stream().findFirst();
  }

  /**
   * A piece visitors may read now, in the language it was written in; empty while it is a draft,
   * under review, or scheduled for later.
   */
  public Optional<PublishedPiece> publishedPiece(long pieceId) {
    return jdbc.sql(
            "select id, slug, title, summary, language, author_account_id, author_name"
                + " from voices_piece where id = :id and status = 'PUBLISHED'"
                + " and (publish_at is null or publish_at <= :now)")
        .param("id", pieceId)
        .param("now", Timestamp.from(clock.instant()))
        .query(
            (rs, n) ->
                new PublishedPiece(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7)))
        .optional();
  }

  /** The id of the piece visitors read at this address, if they may read it now. */
  public Optional<Long> publishedId(String slug) {
    return jdbc.sql(
            "select id from voices_piece where slug = :slug and status = 'PUBLISHED'"
                + " and (publish_at is null or publish_at <= :now)")
        .param("slug", slug)
        .param("now", Timestamp.from(clock.instant()))
        .query(Long.class)
        .optional();
  }

  /**
   * Every piece visitors may read now, oldest first (for modules that keep something per piece).
   */
  public List<Long> publishedIds() {
    return jdbc.sql(
            "select id from voices_piece where status = 'PUBLISHED'"
                + " and (publish_at is null or publish_at <= :now) order by id")
        .param("now", Timestamp.from(clock.instant()))
        .query(Long.class)
        .list();
  }

  List<PieceCard> published(
      String lang, String topic, String country, String language, int offset, int limit) {
    return jdbc.sql(
            CARD
                + " and (cast(:topic as varchar) is null or p.topic = :topic)"
                + " and (cast(:country as varchar) is null or p.country_code = :country)"
                + " and (cast(:language as varchar) is null or p.language = :language"
                + "      or exists (select 1 from voices_translation x where x.piece_id = p.id and x.language = :language and x.published))"
                + " order by shown_at desc, p.id desc limit :limit offset :offset")
        .param("lang", lang)
        .param("now", Timestamp.from(clock.instant()))
        .param("topic", topic)
        .param("country", country)
        .param("language", language)
        .param("limit", limit)
        .param("offset", offset)
        .query(PortVoicesDirectory::card)
        .list();
  }

  long countPublished(String topic, String country, String language) {
    return jdbc.sql(
            "select count(*) from voices_piece p where p.status = 'PUBLISHED' and (p.publish_at is null or p.publish_at <= :now)"
                + " and (cast(:topic as varchar) is null or p.topic = :topic)"
                + " and (cast(:country as varchar) is null or p.country_code = :country)"
                + " and (cast(:language as varchar) is null or p.language = :language"
                + "      or exists (select 1 from voices_translation x where x.piece_id = p.id and x.language = :language and x.published))")
        .param("now", Timestamp.from(clock.instant()))
        .param("topic", topic)
        .param("country", country)
        .param("language", language)
        .query(Long.class)
        .single();
  }

  /** How many pieces wait for an editor's decision. */
  public long waitingForReview() {
    return jdbc.sql("select count(*) from voices_piece where status = 'SUBMITTED'")
        .query(Long.class)
        .single();
  }

  /** Pieces waiting for an editor, oldest first. */
  List<QueueRow> queue() {
    return jdbc.sql(
            "select id, title, author_name, country_code, language, status, submitted_at from voices_piece"
                + " where status in ('SUBMITTED', 'ACCEPTED') order by submitted_at nulls last, id")
        .query((rs, n) -> queueRow(rs))
        .list();
  }

  List<QueueRow> byStatus(PieceStatus status) {
    return jdbc.sql(
            "select id, title, author_name, country_code, language, status, submitted_at from voices_piece"
                + " where status = :status order by updated_at desc limit 200")
        .param("status", status.name())
        .query((rs, n) -> queueRow(rs))
        .list();
  }

  /**
   * Pieces submitted this year per member state (every state that sent one, and the TAG's members).
   */
  Map<String, long[]> participationThisYear() {
    int year = LocalDate.now(clock).getYear();
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, long[]> byCountry = new LinkedHashMap<>();
    jdbc.sql(
            """
            select m.code,
                   count(p.id) filter (where p.submitted_at >= :start) as submitted,
                   count(p.id) filter (where p.submitted_at >= :start and p.status = 'PUBLISHED') as published
            from member_state m left join voices_piece p on p.country_code = m.code
            group by m.code, m.tag_member
            having m.tag_member or count(p.id) filter (where p.submitted_at >= :start) > 0
            order by submitted desc, m.code
            """)
        .param("start", Timestamp.from(start))
        .query((rs, n) -> byCountry.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
        .list();
    return byCountry;
  }

  record QueueRow(
      long id,
      String title,
      String authorName,
      String countryCode,
      String language,
      PieceStatus status,
      Instant submittedAt) {

    /** Days the piece has waited since it was submitted. */
    public long ageDays() {
      return submittedAt == null
          ? 0
          : java.time.Duration.between(submittedAt, Instant.now()).toDays();
    }
  }

  private static QueueRow queueRow(ResultSet rs) throws SQLException {
    Timestamp submitted = rs.getTimestamp("submitted_at");
    return new QueueRow(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("author_name"),
        rs.getString("country_code"),
        rs.getString("language"),
        PieceStatus.valueOf(rs.getString("status")),
        submitted == null ? null : submitted.toInstant());
  }

  private static PieceCard card(ResultSet rs, int row) throws SQLException {
    Timestamp shown = rs.getTimestamp("shown_at");
    return new PieceCard(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("language"),
        rs.getString("topic"),
        rs.getString("country_code"),
        rs.getString("author_name"),
        rs.getString("author_organisation"),
        shown == null ? null : shown.toInstant(),
        PieceLeadImages.read(rs, rs.getString("language"), rs.getString("original_language")));
  }
}
