package org.safeports.platform.web;

import java.time.Duration;
import org.safeports.platform.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The sitemap index and its files, from {@link SitemapFiles}. A file goes out as it is kept,
 * gzipped, to every client that accepts that (search engines do), else uncompressed on the fly.
 */
@Controller
class SitemapController {

  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

  private final SitemapFiles sitemap;

  SitemapController(SitemapFiles sitemap) {
    this.sitemap = sitemap;
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<String> index() {
    return FeedWriter.response(sitemap.index(), "application/xml");
  }

  @GetMapping(SitemapFiles.PATH + "{name}")
  ResponseEntity<?> file(
      @PathVariable String name,
      @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
    SitemapFiles.File file = sitemap.file(name).orElseThrow(NotFoundException::new);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(XML)
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (AcceptedEncodings.gzip(encodings)) {
      return answer
          .header(HttpHeaders.CONTENT_ENCODING, "gzip")
          .contentLength(file.gzipped().length)
          .body(file.gzipped());
    }
    return answer.body(new InputStreamResource(file.uncompressed()));
  }
}
