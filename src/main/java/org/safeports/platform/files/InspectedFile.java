package org.safeports.platform.files;

/**
 * An uploaded file that was accepted: what it really is, the name it keeps, and its text for
 * search.
 *
 * @param pages pages of a PDF or slides of a presentation; null where the format has none
 */
public record InspectedFile(
    byte[] content, FileFormat format, String fileName, String text, Integer pages, String sha256) {

  public long size() {
    return content.length;
  }
}
