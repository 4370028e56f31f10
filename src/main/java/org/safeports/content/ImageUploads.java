package org.safeports.content;

import org.safeports.platform.media.WebImages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Images for news and pages, at most 1600 pixels wide, stored with their item. */
@Component
class ImageUploads {

  static final int MAX_WIDTH = 1600;

  private final ContentImageRepository images;
  private final ContentItemRepository items;
  private final WebImages webImages;

  ImageUploads(ContentImageRepository images, ContentItemRepository items, WebImages webImages) {
    this.images = images;
    this.items = items;
    this.webImages = webImages;
  }

  @Transactional
  ImageInfo upload(long itemId, MultipartFile file) {
    if (!items.existsById(itemId)) {
      throw new org.safeports.platform.NotFoundException();
    }
    WebImages.WebImage image = webImages.process(file, MAX_WIDTH);
    ContentImage saved =
        images.save(
            new ContentImage(
                itemId,
                image.fileName(),
                image.contentType(),
                image.width(),
                image.height(),
                image.bytes()));
    return new ImageInfo(saved.id(), saved.fileName(), saved.width(), saved.height());
  }
}
