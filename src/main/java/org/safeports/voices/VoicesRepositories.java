package org.safeports.voices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PieceRepository extends JpaRepository<Piece, Long> {

  List<Piece> findByAuthorAccountIdOrderByUpdatedAtDesc(long authorAccountId);

  Optional<Piece> findBySlug(String slug);

  boolean existsBySlug(String slug);

  long count();
}

interface PieceTranslationRepository extends JpaRepository<PieceTranslation, Long> {

  Optional<PieceTranslation> findByPieceIdAndLanguage(long pieceId, String language);

  List<PieceTranslation> findByPieceId(long pieceId);
}

interface PieceStepRepository extends JpaRepository<PieceStep, Long> {

  List<PieceStep> findByPieceIdOrderByAtAsc(long pieceId);
}

interface PieceImageRepository extends JpaRepository<PieceImage, PieceImage.Key> {

  Optional<PieceImage> findByPieceIdAndKind(Long pieceId, PieceImage.Kind kind);

  boolean existsByPieceIdAndKind(Long pieceId, PieceImage.Kind kind);
}
