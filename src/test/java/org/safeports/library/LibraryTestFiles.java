package org.safeports.library;

import java.util.List;

/** Generated files for tests outside the library's package. */
public final class LibraryTestFiles {

  private LibraryTestFiles() {}

  public static byte[] pdf(String title, List<String> paragraphs) {
    return DemoFiles.pdf(title, paragraphs);
  }
}
