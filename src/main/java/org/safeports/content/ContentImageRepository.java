package org.safeports.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentImageRepository extends JpaRepository<ContentImage, Long> {

  @Query(
      "select new org.safeports.content.ImageInfo(i.id, i.fileName, i.width, i.height) "
          + "from ContentImage i where i.itemId = :itemId order by i.id")
  List<ImageInfo> infoForItem(Long itemId);
}
