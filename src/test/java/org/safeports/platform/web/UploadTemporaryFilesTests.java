package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upload parts that a crash left behind are deleted, in the one folder Tomcat is told to use (not a
 * new random folder per start, which nothing would ever clean).
 */
@PortalTest
class UploadTemporaryFilesTests {

  @Autowired MultipartConfigElement multipart;
  @Autowired UploadTemporaryFiles uploads;

  @Test
  void tomcatWritesUploadsToTheFolderThePortalCleans() {
    assertThat(multipart.getLocation()).isNotBlank();
    assertThat(Path.of(multipart.getLocation()).toAbsolutePath()).isEqualTo(uploads.directory());
    assertThat(uploads.directory()).isDirectory();
  }

  @Test
  void filesLeftBehindAreDeletedAtStartAndUploadsUnderWayAreKept(@TempDir Path folder)
      throws Exception {
    Path crashed = Files.write(folder.resolve("upload_0f3c_00000001.tmp"), new byte[2048]);
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    Files.setLastModifiedTime(crashed, FileTime.from(twoHoursAgo));
    Path underWay = Files.write(folder.resolve("upload_0f3c_00000002.tmp"), new byte[2048]);
    Path other = Files.write(folder.resolve("notes.txt"), new byte[1]);
    Files.setLastModifiedTime(other, FileTime.from(twoHoursAgo));

    new UploadTemporaryFiles(folder.toString(), Clock.systemUTC());

    assertThat(crashed).doesNotExist();
    assertThat(underWay).exists();
    assertThat(other).exists();
  }
}
