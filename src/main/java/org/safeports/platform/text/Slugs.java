package org.safeports.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Readable address parts and ids: "Normas de Protección" becomes "normas-de-proteccion". */
public final class Slugs {

  private Slugs() {}

  /** Plain letters, digits and single hyphens, at most {@code max} characters; may be empty. */
  public static String of(String text, int max) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.length() > max ? plain.substring(0, max).replaceAll("-+$", "") : plain;
  }

  public static boolean isValid(String slug, int max) {
    return slug != null && slug.length() <= max && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }
}
