package org.safeports.platform.media;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The image limit for every page with an image field, so that its {@code data-max-bytes} lets the
 * browser refuse a larger image before sending it (templates may not read the constant itself).
 */
@ControllerAdvice
class ImageLimitModelAdvice {

  @ModelAttribute("imageMaxBytes")
  long imageMaxBytes() {
    return WebImages.MAX_BYTES;
  }
}
