package org.safeports.content;

/** The addresses of news and pages: at most 80 characters. */
final class Slugs {

  static final int MAX = 80;

  private Slugs() {}

  static String of(String text) {
    return org.safeports.platform.text.Slugs.of(text, MAX);
  }

  static boolean isValid(String slug) {
    return org.safeports.platform.text.Slugs.isValid(slug, MAX);
  }
}
