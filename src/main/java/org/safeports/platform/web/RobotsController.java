package org.safeports.platform.web;

import java.time.Duration;
import org.safeports.platform.PortalProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /robots.txt}, which names the sitemap at the portal's configured public address. */
@Controller
class RobotsController {

  private final String body;

  RobotsController(PortalProperties properties) {
    this.body =
        """
        User-agent: *
        Disallow: /admin
        Disallow: /account

        Sitemap: %s
        """
            .formatted(properties.link("/sitemap.xml"));
  }

  @GetMapping("/robots.txt")
  ResponseEntity<String> robots() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(body);
  }
}
