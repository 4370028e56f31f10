package org.safeports.platform.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats uploads are accepted in, each recognised by its content. */
public enum FileFormat {
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  ODT("odt", "application/vnd.oasis.opendocument.text");

  private final String extension;
  private final String mediaType;

  FileFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return extension.toUpperCase(Locale.ROOT);
  }

  public static Optional<FileFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
  }
}
