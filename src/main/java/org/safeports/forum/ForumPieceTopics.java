package org.safeports.forum;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.voices.PieceDiscussions;
import org.safeports.voices.PortVoicesDirectory;
import org.safeports.voices.PublishedPiece;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One discussion topic per published Port Voices piece, in the public "Port Voices" category.
 *
 * <p>The topic is opened in the name of the piece's author: the opening post is their own title and
 * summary with a link back, so it speaks in their words, and replies are replies to them. It is
 * never held for approval, since the secretariat reviewed the piece before publishing it.
 *
 * <p>Port Voices knows nothing of the forum: it asks {@link PieceDiscussions}, which this class
 * implements, whether a piece has a discussion to link to.
 */
@Service
class ForumPieceTopics implements PieceDiscussions {

  static final String CATEGORY_SLUG = "port-voices";

  private final PortVoicesDirectory voices;
  private final ForumPosting posting;
  private final ForumTopicRepository topics;
  private final ForumCategoryRepository categories;
  private final MemberAccounts accounts;
  private final ForumReaders readers;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ForumPieceTopics(
      PortVoicesDirectory voices,
      ForumPosting posting,
      ForumTopicRepository topics,
      ForumCategoryRepository categories,
      MemberAccounts accounts,
      ForumReaders readers,
      MessageSource messages,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.voices = voices;
    this.posting = posting;
    this.topics = topics;
    this.categories = categories;
    this.accounts = accounts;
    this.readers = readers;
    this.messages = messages;
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * The piece's topic, opened now if the piece is published and has none; empty while the piece is
   * not published (or the category or the author's account is gone). Safe to call twice at once:
   * the second call waits for the first and finds its topic.
   */
  @Transactional
  Optional<Long> open(long pieceId) {
    Optional<PublishedPiece> found = voices.publishedPiece(pieceId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtext('forum-piece-topic'), :piece)")
        .param("piece", (int) pieceId)
        .query()
        .singleRow();
    Optional<ForumTopic> existing = topics.findByPieceId(pieceId);
    if (existing.isPresent()) {
      return existing.map(ForumTopic::id);
    }
    PublishedPiece piece = found.get();
    Optional<ForumCategory> category = categories.findBySlug(CATEGORY_SLUG);
    Optional<MemberAccount> author = accounts.byId(piece.authorAccountId());
    if (category.isEmpty() || author.isEmpty()) {
      return Optional.empty();
    }
    ForumReader reader = readers.of(author.get().id(), piece.authorName(), author.get().role());
    ForumPosting.Posted posted =
        posting.startReviewedTopic(
            reader, category.get().id(), title(piece), opening(piece), piece.language());
    topics.findById(posted.topicId()).orElseThrow().discusses(pieceId);
    events.publishEvent(new ForumDiscussionOpened(pieceId, posted.topicId()));
    return Optional.of(posted.topicId());
  }

  /** Opens the topics that published pieces still lack (scheduled ones, for instance). */
  int openMissing() {
    Set<Long> known =
        new HashSet<>(
            jdbc.sql("select piece_id from forum_topic where piece_id is not null")
                .query(Long.class)
                .list());
    int opened = 0;
    for (long pieceId : voices.publishedIds()) {
      if (!known.contains(pieceId) && open(pieceId).isPresent()) {
        opened++;
      }
    }
    return opened;
  }

  /** The topic of a piece the current reader may read, for {@code /forum/voices/{slug}}. */
  @Transactional(readOnly = true)
  Optional<String> topicPathOf(String pieceSlug, ForumReader reader) {
    return voices.publishedId(pieceSlug).flatMap(id -> readableTopic(id, reader));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> discussionOf(long pieceId, String pieceSlug) {
    return readableTopic(pieceId, readers.current()).map(path -> "/forum/voices/" + pieceSlug);
  }

  private Optional<String> readableTopic(long pieceId, ForumReader reader) {
    return jdbc.sql(
            "select t.id, t.slug from forum_topic t join forum_category c on c.id = t.category_id"
                + " where t.piece_id = :piece and t.state = 'VISIBLE' and "
                + ForumAudience.SQL_PREDICATE)
        .param("piece", pieceId)
        .param("readable", reader.readableNames())
        .query((rs, n) -> "/forum/t/" + rs.getLong(1) + "/" + rs.getString(2))
        .optional();
  }

  private static String title(PublishedPiece piece) {
    String title = piece.title().strip();
    return title.length() <= 200 ? title : title.substring(0, 199) + "…";
  }

  /** The author's summary, then a link back to the piece, in the piece's language. */
  private String opening(PublishedPiece piece) {
    Locale locale = Locale.forLanguageTag(piece.language());
    String link = messages.getMessage("forum.voices.readPiece", null, locale);
    return piece.summary().strip() + "\n\n[" + link + "](" + piece.path() + ")";
  }
}
