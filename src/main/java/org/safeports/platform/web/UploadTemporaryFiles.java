package org.safeports.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where Tomcat writes the parts of an upload larger than the threshold while the request runs
 * ({@code spring.servlet.multipart.location}). Tomcat deletes them when the request ends; a crash
 * leaves them behind, and Spring Boot's default (a new random folder for every start) would keep
 * them for good. So the folder is fixed, and files nobody has written to for an hour are deleted at
 * start and every hour: an upload under way writes to its file as the bytes arrive.
 */
@Component
class UploadTemporaryFiles {

  private static final Logger log = LoggerFactory.getLogger(UploadTemporaryFiles.class);
  static final Duration STALE_AFTER = Duration.ofHours(1);

  private final Path directory;
  private final Clock clock;

  UploadTemporaryFiles(
      @Value("${spring.servlet.multipart.location}") String location, Clock clock) {
    this.directory = Path.of(location).toAbsolutePath();
    this.clock = clock;
    try {
      // Tomcat refuses an upload when the folder is missing.
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the upload folder " + directory, e);
    }
    removeStale();
  }

  Path directory() {
    return directory;
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
  void hourly() {
    removeStale();
  }

  /** Deletes the upload files left behind; answers how many. */
  int removeStale() {
    FileTime before = FileTime.from(clock.instant().minus(STALE_AFTER));
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "upload_*")) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(before) < 0) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException e) {
      log.warn("Could not clean the upload folder {}: {}", directory, e.toString());
    }
    if (removed > 0) {
      log.info("Deleted {} upload files left behind in {}", removed, directory);
    }
    return removed;
  }
}
