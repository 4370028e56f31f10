package org.safeports.voices;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PieceImageRepository extends JpaRepository<PieceImage, PieceImage.Key> {

  Optional<PieceImage> findByPieceIdAndKind(Long pieceId, PieceImage.Kind kind);

  boolean existsByPieceIdAndKind(Long pieceId, PieceImage.Kind kind);
}
