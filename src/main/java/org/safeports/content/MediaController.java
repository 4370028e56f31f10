package org.safeports.content;

import java.time.Duration;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the images of news and pages. An image that visitors may see never changes under its
 * address, so it is cached for a year by anyone; an image of a draft, an item in review, a
 * scheduled or archived one is shown only to the secretariat and never kept by a cache.
 */
@Controller
class MediaController {

  private final ImageUploads images;
  private final RoleHierarchy roleHierarchy;

  MediaController(ImageUploads images, RoleHierarchy roleHierarchy) {
    this.images = images;
    this.roleHierarchy = roleHierarchy;
  }

  @GetMapping("/media/{id}/{name}")
  ResponseEntity<byte[]> image(
      @PathVariable long id, @PathVariable String name, Authentication authentication) {
    ImageUploads.ServedImage image = images.find(id, name).orElseThrow(NotFoundException::new);
    CacheControl caching;
    if (image.visibleToVisitors()) {
      caching = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    } else if (Viewer.of(authentication, roleHierarchy).has("EDITOR")) {
      caching = CacheControl.noStore().cachePrivate();
    } else {
      throw new NotFoundException();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .cacheControl(caching)
        .body(image.bytes());
  }
}
