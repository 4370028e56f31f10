package org.safeports.platform.files;

/** Searching and skipping in a file's bytes, for the checks that read them before any parser. */
final class ByteScan {

  private ByteScan() {}

  static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWithAt(byte[] content, byte[] prefix, int at) {
    if (at < 0 || content.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static int lastIndexOf(byte[] content, byte[] needle) {
    for (int i = content.length - needle.length; i >= 0; i--) {
      if (startsWithAt(content, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
  }

  static boolean isDelimiter(byte b) {
    return isWhitespace(b)
        || b == '/'
        || b == '<'
        || b == '>'
        || b == '['
        || b == ']'
        || b == '('
        || b == ')'
        || b == '%';
  }

  /** Whitespace, NUL padding and a DOS end-of-file mark (Ctrl-Z). */
  static int skipPadding(byte[] content, int from) {
    int i = from;
    while (i < content.length && (isWhitespace(content[i]) || content[i] == 0x1A)) {
      i++;
    }
    return i;
  }

  static int skipWhitespace(byte[] content, int from) {
    int i = from;
    while (i < content.length && isWhitespace(content[i])) {
      i++;
    }
    return i;
  }

  static int skipDigits(byte[] content, int from) {
    int i = from;
    while (i < content.length && content[i] >= '0' && content[i] <= '9') {
      i++;
    }
    return i;
  }

  static int indexOf(byte[] content, byte[] needle, int from) {
    outer:
    for (int i = from; i <= content.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
