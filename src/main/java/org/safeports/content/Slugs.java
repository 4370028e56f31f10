package org.safeports.content;

import java.text.Normalizer;
import java.util.Locale;

/** Readable address parts: "Normas de Protección" becomes "normas-de-proteccion". */
final class Slugs {

  static final int MAX = 80;

  private Slugs() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX) {
      plain = plain.substring(0, MAX).replaceAll("-+$", "");
    }
    return plain;
  }

  static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }
}
