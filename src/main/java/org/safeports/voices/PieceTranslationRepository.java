package org.safeports.voices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PieceTranslationRepository extends JpaRepository<PieceTranslation, Long> {

  Optional<PieceTranslation> findByPieceIdAndLanguage(long pieceId, String language);

  List<PieceTranslation> findByPieceId(long pieceId);
}
