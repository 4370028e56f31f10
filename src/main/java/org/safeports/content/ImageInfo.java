package org.safeports.content;

/** An uploaded image as the editor's screen lists it. */
record ImageInfo(long id, String fileName, int width, int height) {

  public String path() {
    return "/media/" + id + "/" + fileName;
  }
}
