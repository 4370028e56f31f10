package org.safeports.voices;

import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Component;

/** Pieces made for a test. */
@Component
public class TestPieces {

  private final VoicesService voices;
  private final TestAccounts accounts;
  private final PieceRepository pieces;

  TestPieces(VoicesService voices, TestAccounts accounts, PieceRepository pieces) {
    this.voices = voices;
    this.accounts = accounts;
    this.pieces = pieces;
  }

  /** A draft by a fresh author whom no test signs in as: everybody else must get a 404. */
  public long draftBySomeoneElse() {
    long author = accounts.create(TestAccounts.freshEmail("draft-author"), PortalRole.USER);
    return voices.create(
        author,
        new PieceForm(
            "A private draft",
            "Summary",
            "Body",
            "health",
            "en",
            "CR",
            "Someone Else",
            null,
            null,
            null,
            null),
        "Someone Else");
  }

  /** A published piece by a fresh author, written in {@code language}; answers its slug. */
  public String published(String title, String summary, String language) {
    return publishedFrom("CR", title, summary, language);
  }

  /** A published piece from a member state, by a fresh author; answers its slug. */
  public String publishedFrom(String country, String title, String summary, String language) {
    long author = accounts.create(TestAccounts.freshEmail("piece-author"), PortalRole.USER);
    long id =
        voices.create(
            author,
            new PieceForm(
                title,
                summary,
                "Body",
                "health",
                language,
                country,
                "An Author",
                null,
                null,
                null,
                null),
            "An Author");
    voices.actAsAuthor(id, author, PieceStatus.Action.SUBMIT, "An Author");
    voices.review(id, PieceStatus.Action.ACCEPT, null, null, "Test Editor");
    voices.review(id, PieceStatus.Action.PUBLISH, null, null, "Test Editor");
    return voices.piecesOf(author).get(0).slug();
  }

  /** A published translation of the piece with this slug. */
  public void translate(String slug, String language, String title, String summary) {
    long id = pieces.findBySlug(slug).orElseThrow().id();
    voices.translate(id, language, title, summary, "Cuerpo", true);
  }

  /** A piece by a fresh author, submitted and waiting for an editor. */
  public long submittedBySomeoneElse() {
    long author = accounts.create(TestAccounts.freshEmail("submitting-author"), PortalRole.USER);
    long id =
        voices.create(
            author,
            new PieceForm(
                "A submitted piece",
                "Summary",
                "Body",
                "health",
                "en",
                "CR",
                "Someone Else",
                null,
                null,
                null,
                null),
            "Someone Else");
    voices.actAsAuthor(id, author, PieceStatus.Action.SUBMIT, "Someone Else");
    return id;
  }

  /** A piece with this title by a fresh author, submitted and waiting for an editor. */
  public long submittedBySomeoneElse(String title) {
    long author = accounts.create(TestAccounts.freshEmail("titled-author"), PortalRole.USER);
    long id =
        voices.create(
            author,
            new PieceForm(
                title,
                "Summary",
                "Body",
                "health",
                "en",
                "CR",
                "Someone Else",
                null,
                null,
                null,
                null),
            "Someone Else");
    voices.actAsAuthor(id, author, PieceStatus.Action.SUBMIT, "Someone Else");
    return id;
  }
}
