package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.safeports.platform.PortalProperties;

/** How a module's entries are cut into sitemap files, and how a module's files are named. */
class SitemapFilesTest {

  private final PortalProperties properties =
      new PortalProperties("https://example.org", false, "x@example.org", null, null);

  @Test
  void entriesAreCutIntoFilesOfAtMostTheLimitInTheirOrder() {
    List<SitemapEntries.Entry> entries = entries(7);
    List<SitemapFiles.File> files = SitemapFiles.split("content", entries, properties, 3, 1 << 20);
    assertThat(files)
        .extracting(SitemapFiles.File::name)
        .containsExactly("content-1.xml", "content-2.xml", "content-3.xml");
    assertThat(files).extracting(SitemapFiles.File::urls).containsExactly(3, 3, 1);
    assertThat(files.get(1).lastModified()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
    String second = gunzip(files.get(1));
    assertThat(second).startsWith(SitemapWriter.URLSET_START).endsWith(SitemapWriter.URLSET_END);
    assertThat(second).contains("/news/item-3<", "/news/item-5<").doesNotContain("/news/item-6<");
    assertThat(SitemapFiles.split("empty", List.of(), properties, 3, 1 << 20)).isEmpty();
  }

  @Test
  void aFileAlsoEndsBeforeItWouldPassTheByteLimit() {
    List<SitemapEntries.Entry> entries = entries(10);
    int oneUrl =
        SitemapWriter.url(entries.get(0), properties).getBytes(StandardCharsets.UTF_8).length;
    int limit =
        SitemapWriter.URLSET_START.length() + SitemapWriter.URLSET_END.length() + 4 * oneUrl + 2;
    List<SitemapFiles.File> files =
        SitemapFiles.split("content", entries, properties, 50_000, limit);
    assertThat(files).extracting(SitemapFiles.File::urls).containsExactly(4, 4, 2);
    for (SitemapFiles.File file : files) {
      assertThat(gunzip(file).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void aModulesFilesAreNamedAfterItsSitemapClass() {
    assertThat(new MemberStatesSitemap().sitemapName()).isEqualTo("member-states");
    assertThat(new Sitemap().sitemapName()).isEqualTo("sitemap");
  }

  @Test
  void gzipIsSentOnlyWhenTheClientAcceptsIt() {
    assertThat(AcceptedEncodings.gzip("gzip, deflate, br")).isTrue();
    assertThat(AcceptedEncodings.gzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(AcceptedEncodings.gzip("*")).isTrue();
    assertThat(AcceptedEncodings.gzip("gzip;q=0")).isFalse();
    assertThat(AcceptedEncodings.gzip("gzip; q=0.000")).isFalse();
    assertThat(AcceptedEncodings.gzip("identity")).isFalse();
    assertThat(AcceptedEncodings.gzip(null)).isFalse();
  }

  private static List<SitemapEntries.Entry> entries(int count) {
    List<SitemapEntries.Entry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(
          new SitemapEntries.Entry(
              "/news/item-" + i,
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i),
              Map.of("en", "/news/item-" + i)));
    }
    return entries;
  }

  private static String gunzip(SitemapFiles.File file) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file.gzipped()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static class MemberStatesSitemap implements SitemapEntries {
    @Override
    public List<Entry> sitemapEntries() {
      return List.of();
    }
  }

  private static class Sitemap implements SitemapEntries {
    @Override
    public List<Entry> sitemapEntries() {
      return List.of();
    }
  }
}
