package org.safeports.library;

/**
 * A file the library accepted: what it really is, the name it keeps, and its text for search.
 *
 * @param pages pages of a PDF or slides of a presentation; null where the format has none
 */
record InspectedFile(
    byte[] content, FileFormat format, String fileName, String text, Integer pages, String sha256) {

  long size() {
    return content.length;
  }
}
