package org.safeports.voices;

import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Component;

/** Pieces made for a test. */
@Component
public class TestPieces {

  private final VoicesService voices;
  private final TestAccounts accounts;

  TestPieces(VoicesService voices, TestAccounts accounts) {
    this.voices = voices;
    this.accounts = accounts;
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
}
