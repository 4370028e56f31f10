package org.safeports.voices;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A piece as visitors read it, and the images of pieces, each for whoever may see them. */
@Service
@Transactional(readOnly = true)
class PortVoicesReading {

  /** A visible piece with its published translations and whether it has an image and a photo. */
  record ReadablePiece(
      Piece piece, List<PieceTranslation> published, boolean hasImage, boolean hasPhoto) {}

  /** An image as its address serves it, and whether the piece is public (cached) or not. */
  record ServedImage(String contentType, byte[] bytes, boolean visibleToVisitors, int revision) {}

  private final PieceRepository pieces;
  private final PieceTranslationRepository translations;
  private final PieceImageRepository images;
  private final Clock clock;

  PortVoicesReading(
      PieceRepository pieces,
      PieceTranslationRepository translations,
      PieceImageRepository images,
      Clock clock) {
    this.pieces = pieces;
    this.translations = translations;
    this.images = images;
    this.clock = clock;
  }

  Optional<ReadablePiece> published(String slug) {
    return pieces
        .findBySlug(slug)
        .filter(p -> p.isVisible(clock.instant()))
        .map(
            piece ->
                new ReadablePiece(
                    piece,
                    translations.findByPieceId(piece.id()).stream()
                        .filter(PieceTranslation::published)
                        .toList(),
                    images.existsByPieceIdAndKind(piece.id(), PieceImage.Kind.PIECE),
                    images.existsByPieceIdAndKind(piece.id(), PieceImage.Kind.PHOTO)));
  }

  /**
   * The image of a piece ({@code piece}) or its author's photo ({@code photo}): public once the
   * piece is; else for its author and editors. Empty for anyone else, as for an unknown kind.
   */
  Optional<ServedImage> image(long pieceId, String kind, boolean editor, Long accountId) {
    Optional<PieceImage.Kind> which =
        java.util.Arrays.stream(PieceImage.Kind.values())
            .filter(k -> k.name().equalsIgnoreCase(kind))
            .findFirst();
    Optional<Piece> piece = which.flatMap(k -> pieces.findById(pieceId));
    if (piece.isEmpty()) {
      return Optional.empty();
    }
    boolean visible = piece.get().isVisible(clock.instant());
    boolean mayLook =
        visible
            || (editor && piece.get().status().visibleToEditors())
            || (accountId != null && accountId == piece.get().authorAccountId());
    if (!mayLook) {
      return Optional.empty();
    }
    return images
        .findByPieceIdAndKind(pieceId, which.get())
        .map(i -> new ServedImage(i.contentType(), i.bytes(), visible, i.revision()));
  }
}
