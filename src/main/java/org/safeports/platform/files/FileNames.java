package org.safeports.platform.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an uploaded file keeps: the user's own name, without any path, control or formatting
 * characters, characters that file systems refuse, or a Windows device name, not longer than a file
 * system allows, and always ending in the extension of what the file really is.
 */
public final class FileNames {

  public static final int MAX_BASE_LENGTH = 120;

  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
  private static final String REFUSED_BY_FILE_SYSTEMS = "<>:\"/\\|?*";

  private FileNames() {}

  /** The extension the user gave, lower case, or "" when there is none. */
  static String extensionOf(String originalName) {
    String name = lastSegment(originalName == null ? "" : originalName).strip();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  static String clean(String originalName, FileFormat format) {
    String name =
        Normalizer.normalize(
            lastSegment(originalName == null ? "" : originalName), Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (Character.isISOControl(cp)
                  || type == Character.FORMAT
                  || type == Character.SURROGATE
                  || type == Character.PRIVATE_USE
                  || type == Character.UNASSIGNED) {
                return;
              }
              if (REFUSED_BY_FILE_SYSTEMS.indexOf(cp) >= 0 || Character.isWhitespace(cp)) {
                kept.append(cp == ' ' || Character.isWhitespace(cp) ? ' ' : '_');
              } else {
                kept.appendCodePoint(cp);
              }
            });
    String base = kept.toString().replaceAll(" {2,}", " ");
    int dot = base.lastIndexOf('.');
    if (dot > 0 && FileFormat.byExtension(base.substring(dot + 1).strip()).isPresent()) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("^[ .]+|[ .]+$", "");
    if (WINDOWS_DEVICE.matcher(base).matches()) {
      base = "_" + base;
    }
    if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
      base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH)).strip();
    }
    if (base.isEmpty()) {
      base = "document";
    }
    return base + "." + format.extension();
  }

  private static String lastSegment(String name) {
    String unified = name.replace('\\', '/');
    return unified.substring(unified.lastIndexOf('/') + 1);
  }
}
