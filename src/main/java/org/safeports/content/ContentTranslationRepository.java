package org.safeports.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentTranslationRepository extends JpaRepository<ContentTranslation, Long> {

  Optional<ContentTranslation> findByItemIdAndLanguage(Long itemId, String language);

  List<ContentTranslation> findByItemId(Long itemId);

  Optional<ContentTranslation> findByLanguageAndSlug(String language, String slug);

  boolean existsByLanguageAndSlugAndItemIdNot(String language, String slug, Long itemId);
}
