package org.safeports.content;

import org.safeports.platform.media.WebImages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Images for news and pages, at most 1600 pixels wide, stored with their item. */
@Component
class ImageUploads {

  static final int MAX_WIDTH = 1600;

  /** An image as the media address serves it, and whether visitors may see it. */
  record ServedImage(String contentType, byte[] bytes, boolean visibleToVisitors) {}

  private final ContentImageRepository images;
  private final ContentItemRepository items;
  private final WebImages webImages;
  private final ImageVisibility visibility;

  ImageUploads(
      ContentImageRepository images,
      ContentItemRepository items,
      WebImages webImages,
      ImageVisibility visibility) {
    this.images = images;
    this.items = items;
    this.webImages = webImages;
    this.visibility = visibility;
  }

  /** The image under its address (id and file name), if there is one. */
  @Transactional(readOnly = true)
  java.util.Optional<ServedImage> find(long id, String fileName) {
    return images
        .findById(id)
        .filter(i -> i.fileName().equals(fileName))
        .map(
            i ->
                new ServedImage(
                    i.contentType(), i.bytes(), visibility.isPublic(i.id(), i.itemId())));
  }

  @Transactional
  ImageInfo upload(long itemId, MultipartFile file) {
    if (!items.existsById(itemId)) {
      throw new org.safeports.platform.NotFoundException();
    }
    return save(itemId, webImages.process(file, MAX_WIDTH));
  }

  /** An image that is not an upload: the demo's drawings, through the same checks. */
  @Transactional
  ImageInfo add(long itemId, String name, byte[] bytes) {
    return save(itemId, webImages.process(name, bytes, MAX_WIDTH));
  }

  private ImageInfo save(long itemId, WebImages.WebImage image) {
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
