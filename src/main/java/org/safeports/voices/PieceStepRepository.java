package org.safeports.voices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PieceStepRepository extends JpaRepository<PieceStep, Long> {

  List<PieceStep> findByPieceIdOrderByAtAsc(long pieceId);
}
