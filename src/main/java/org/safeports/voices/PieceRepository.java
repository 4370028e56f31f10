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
