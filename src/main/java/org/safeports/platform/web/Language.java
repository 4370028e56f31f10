package org.safeports.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's four languages, those of the OAS. */
public enum Language {
  EN("English"),
  ES("Español"),
  PT("Português"),
  FR("Français");

  private final String nativeName;

  Language(String nativeName) {
    this.nativeName = nativeName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public static List<Language> all() {
    return List.of(values());
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    int dash = wanted.indexOf('-') >= 0 ? wanted.indexOf('-') : wanted.indexOf('_');
    String primary = dash > 0 ? wanted.substring(0, dash) : wanted;
    return Arrays.stream(values()).filter(l -> l.code().equals(primary)).findFirst();
  }

  /** The language of a locale, English when the portal does not speak it. */
  public static Language of(Locale locale) {
    return locale == null ? EN : fromCode(locale.getLanguage()).orElse(EN);
  }
}
