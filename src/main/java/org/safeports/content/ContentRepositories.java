package org.safeports.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

  long count();

  @Query(
      "select count(i) from ContentItem i where i.nextReviewOn < :today and i.status <> 'ARCHIVED'")
  long countReviewOverdue(LocalDate today);
}

interface ContentTranslationRepository extends JpaRepository<ContentTranslation, Long> {

  Optional<ContentTranslation> findByItemIdAndLanguage(Long itemId, String language);

  List<ContentTranslation> findByItemId(Long itemId);

  Optional<ContentTranslation> findByLanguageAndSlug(String language, String slug);

  boolean existsByLanguageAndSlugAndItemIdNot(String language, String slug, Long itemId);
}

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

  List<ContentRevision> findByItemIdAndLanguageOrderByNumberDesc(Long itemId, String language);

  Optional<ContentRevision> findByItemIdAndLanguageAndNumber(
      Long itemId, String language, int number);

  @Query(
      "select coalesce(max(r.number), 0) from ContentRevision r where r.itemId = :itemId and r.language = :language")
  int lastNumber(Long itemId, String language);
}

interface SlugRedirectRepository extends JpaRepository<SlugRedirect, SlugRedirect.Key> {

  Optional<SlugRedirect> findByLanguageAndSlug(String language, String slug);
}

interface ContentImageRepository extends JpaRepository<ContentImage, Long> {

  @Query(
      "select new org.safeports.content.ImageInfo(i.id, i.fileName, i.width, i.height) "
          + "from ContentImage i where i.itemId = :itemId order by i.id")
  List<ImageInfo> infoForItem(Long itemId);
}
