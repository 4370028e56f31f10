package org.safeports.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.safeports.platform.PortalProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sitemap as search engines read it: an index ({@code /sitemap.xml}) of files of at most 50,000
 * addresses and 50 MB each ({@code /sitemaps/content-1.xml}, ...), one file or more per module
 * ({@link SitemapEntries}). They are written once and kept, compressed, until {@link
 * PublicPagesVersion} moves (a module's change event committed here or on another instance, or a
 * scheduled publication due); the first request after that writes them again.
 */
@Component
public class SitemapFiles {

  /** The sitemaps protocol's limits for one file. */
  public static final int MAX_URLS = 50_000;

  /** 50 MiB, less room for the file's start and end. */
  static final int MAX_BYTES = 50 * 1024 * 1024 - 1024;

  /** Where the files are served. */
  public static final String PATH = "/sitemaps/";

  /** One file: its name ({@code content-1.xml}), its entries' newest date, its gzipped bytes. */
  public record File(String name, Instant lastModified, int urls, byte[] gzipped) {

    /** The file as written, decompressed as it is read. */
    public InputStream uncompressed() {
      try {
        return new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The index and the files it names, as written for a version of the public pages. */
  record Written(long version, String index, Map<String, File> files) {}

  private final ObjectProvider<SitemapEntries> sources;
  private final PortalProperties properties;
  private final PublicPagesVersion version;
  private volatile Written written;

  SitemapFiles(
      ObjectProvider<SitemapEntries> sources,
      PortalProperties properties,
      PublicPagesVersion version) {
    this.sources = sources;
    this.properties = properties;
    this.version = version;
  }

  /** The index of every file. */
  public String index() {
    return current().index();
  }

  /** A file by its name, if the index names it. */
  public Optional<File> file(String name) {
    return Optional.ofNullable(current().files().get(name));
  }

  private Written current() {
    Written known = written;
    long seen = version.current();
    if (known != null && known.version() == seen) {
      return known;
    }
    synchronized (this) {
      known = written;
      if (known != null && known.version() == version.current()) {
        return known;
      }
      // The version is read before the entries: a change committed meanwhile moves it on, and the
      // next request writes the files again.
      long reading = version.current();
      Written fresh = write(reading);
      written = fresh;
      return fresh;
    }
  }

  private Written write(long reading) {
    List<File> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SitemapEntries source : sources.orderedStream().toList()) {
      String name = source.sitemapName();
      String unique = name;
      for (int n = 2; !names.add(unique); n++) {
        unique = name + n;
      }
      files.addAll(split(unique, source.sitemapEntries(), properties, MAX_URLS, MAX_BYTES));
    }
    Map<String, File> byName = new LinkedHashMap<>();
    files.forEach(f -> byName.put(f.name(), f));
    return new Written(reading, SitemapWriter.index(files, properties), Map.copyOf(byName));
  }

  /**
   * A module's entries in files of at most {@code maxUrls} addresses and {@code maxBytes} bytes
   * (uncompressed), named {@code name-1.xml}, {@code name-2.xml}...; a module without public pages
   * has no file.
   */
  static List<File> split(
      String name,
      List<SitemapEntries.Entry> entries,
      PortalProperties properties,
      int maxUrls,
      int maxBytes) {
    List<File> files = new ArrayList<>();
    byte[] start = SitemapWriter.URLSET_START.getBytes(StandardCharsets.UTF_8);
    byte[] end = SitemapWriter.URLSET_END.getBytes(StandardCharsets.UTF_8);
    FileBeingWritten file = null;
    for (SitemapEntries.Entry entry : entries) {
      byte[] url = SitemapWriter.url(entry, properties).getBytes(StandardCharsets.UTF_8);
      if (file != null
          && (file.urls >= maxUrls || file.bytes + url.length + end.length > maxBytes)) {
        files.add(file.close(end));
        file = null;
      }
      if (file == null) {
        file = new FileBeingWritten(name + "-" + (files.size() + 1) + ".xml", start);
      }
      file.add(url, entry.lastModified());
    }
    if (file != null) {
      files.add(file.close(end));
    }
    return files;
  }

  private static final class FileBeingWritten {
    private final String name;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final OutputStream gzip;
    private long bytes;
    private int urls;
    private Instant lastModified;

    FileBeingWritten(String name, byte[] start) {
      this.name = name;
      try {
        this.gzip = new GZIPOutputStream(buffer, 1 << 16);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      write(start);
    }

    void add(byte[] url, Instant modified) {
      write(url);
      urls++;
      if (modified != null && (lastModified == null || modified.isAfter(lastModified))) {
        lastModified = modified;
      }
    }

    File close(byte[] end) {
      write(end);
      try {
        gzip.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new File(name, lastModified, urls, buffer.toByteArray());
    }

    private void write(byte[] data) {
      try {
        gzip.write(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes += data.length;
    }
  }
}
