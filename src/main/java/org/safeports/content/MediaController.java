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
  private final LeadImages leadImages;

  MediaController(ImageUploads images, RoleHierarchy roleHierarchy, LeadImages leadImages) {
    this.images = images;
    this.roleHierarchy = roleHierarchy;
    this.leadImages = leadImages;
  }

  /** A smaller copy of an image, for {@code srcset}: seen by whoever may see the image. */
  @GetMapping("/media/{id}/{width}/{name}")
  ResponseEntity<byte[]> variant(
      @PathVariable long id,
      @PathVariable int width,
      @PathVariable String name,
      Authentication authentication) {
    ImageUploads.ServedImage image = images.find(id, name).orElseThrow(NotFoundException::new);
    CacheControl caching = caching(image, authentication);
    LeadImages.Variant variant = leadImages.variant(id, width).orElseThrow(NotFoundException::new);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(variant.contentType()))
        .cacheControl(caching)
        .body(variant.bytes());
  }

  private CacheControl caching(ImageUploads.ServedImage image, Authentication authentication) {
    if (image.visibleToVisitors()) {
      return CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    } else if (Viewer.of(authentication, roleHierarchy).has("EDITOR")) {
      return CacheControl.noStore().cachePrivate();
    }
    throw new NotFoundException();
  }

  @GetMapping("/media/{id}/{name}")
  ResponseEntity<byte[]> image(
      @PathVariable long id, @PathVariable String name, Authentication authentication) {
    ImageUploads.ServedImage image = images.find(id, name).orElseThrow(NotFoundException::new);
    CacheControl caching = caching(image, authentication);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .cacheControl(caching)
        .body(image.bytes());
  }
}
