package org.safeports.content;

import java.time.Duration;
import org.safeports.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves the images of news and pages. An image never changes under its address. */
@Controller
class MediaController {

  private final ContentImageRepository images;

  MediaController(ContentImageRepository images) {
    this.images = images;
  }

  @GetMapping("/media/{id}/{name}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String name) {
    ContentImage image =
        images
            .findById(id)
            .filter(i -> i.fileName().equals(name))
            .orElseThrow(NotFoundException::new);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .body(image.bytes());
  }
}
