package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.safeports.platform.PortalProperties;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.Sitemaps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sitemap index and its files as a search engine reads them: every file the index names
 * answers, holds at most 50,000 addresses, shows a change at once, and never lists what a visitor
 * may not read.
 */
@PortalTest
class SitemapTests {

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired ContentEditing editing;
  @Autowired PortalProperties properties;

  @Test
  void theIndexNamesEachModulesFilesOfAtMostFiftyThousandAddresses() {
    PortalClient visitor = new PortalClient(port);
    String index = visitor.get("/sitemap.xml").body();
    assertThat(index).contains("<sitemapindex").doesNotContain("<urlset");
    List<String> files = Sitemaps.files(visitor);
    assertThat(files)
        .contains("/sitemaps/content-1.xml", "/sitemaps/library-1.xml")
        .allMatch(path -> path.matches("/sitemaps/[a-z-]+-[0-9]+\\.xml"));
    for (String path : files) {
      PortalClient.Response file = visitor.get(path);
      assertThat(file.status()).as(path).isEqualTo(200);
      assertThat(file.body())
          .as(path)
          .startsWith("<?xml")
          .contains("<urlset")
          .endsWith("</urlset>\n");
      assertThat(file.body().split("<url>", -1).length - 1).as(path).isBetween(1, 50_000);
    }
    assertThat(visitor.get("/sitemaps/content-999.xml").status()).isEqualTo(404);
    assertThat(visitor.get("/sitemaps/nothing.xml").status()).isEqualTo(404);
    assertThat(visitor.get("/robots.txt").body())
        .contains("Sitemap: " + properties.link("/sitemap.xml"));
  }

  @Test
  void aPublishedItemIsListedAtOnceAndLeavesWhenArchived() {
    PortalClient visitor = new PortalClient(port);
    Sitemaps.merged(visitor);
    String slug = TestContent.freshSlug("sitemap-fresh");
    long id = content.publishedNews(slug, "Fresh in the sitemap", "Text");
    assertThat(Sitemaps.merged(visitor)).contains(properties.link("/news/" + slug) + "</loc>");
    content.archive(id);
    assertThat(Sitemaps.merged(visitor)).doesNotContain("/news/" + slug);
  }

  @Test
  void draftsAndItemsScheduledForLaterAreNeverListed() {
    String draft = TestContent.freshSlug("sitemap-draft");
    editing.create(
        ContentKind.NEWS,
        "en",
        new ContentForm("Draft", draft, "Summary", "Body", null),
        new ItemSettingsForm(null, 0, "standards", null),
        "Test Editor");
    String later = TestContent.freshSlug("sitemap-later");
    long scheduled = content.publishedNews(later, "Later", "Text");
    content.schedule(scheduled, Instant.now().plus(2, ChronoUnit.DAYS));
    String untranslated = TestContent.freshSlug("sitemap-borrador");
    long item = content.publishedNews(TestContent.freshSlug("sitemap-shown"), "Shown", "Text");
    content.translate(item, "es", untranslated, "Borrador", "Texto", false);

    String sitemap = Sitemaps.merged(new PortalClient(port));
    assertThat(sitemap).doesNotContain(draft).doesNotContain(later).doesNotContain(untranslated);
  }

  @Test
  void aFileGoesOutGzippedToWhoeverAcceptsItAndTheSameUncompressedToOthers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI file = URI.create("http://localhost:" + port + "/sitemaps/content-1.xml");
    HttpResponse<byte[]> gzipped =
        http.send(
            HttpRequest.newBuilder(file).header("Accept-Encoding", "br, gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> plain =
        http.send(
            HttpRequest.newBuilder(file).header("Accept-Encoding", "gzip;q=0").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
