package org.safeports.voices;

import java.util.Optional;

/**
 * Where a published piece is discussed, for the "Discuss this piece" link of its page. Another
 * module that keeps discussions implements it; Port Voices asks and knows nothing of how it is
 * kept, so it does not depend on that module. Empty when the piece has no discussion the reader may
 * open.
 */
public interface PieceDiscussions {

  /** The path of the piece's discussion, or empty. */
  Optional<String> discussionOf(long pieceId, String pieceSlug);
}
