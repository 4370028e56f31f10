package org.safeports.platform.media;

/**
 * Whether something follows the end of a JPEG, PNG or GIF image: a second file hidden behind the
 * picture (an archive, an HTML page) makes a polyglot, which the portal refuses even though it
 * would redraw only the picture. Zero bytes and line ends after the end are padding, not a file.
 */
final class TrailingData {

  private TrailingData() {}

  static boolean after(byte[] b, String format) {
    int end =
        switch (format) {
          case "png" -> pngEnd(b);
          case "jpeg" -> jpegEnd(b);
          case "gif" -> gifEnd(b);
          default -> b.length;
        };
    if (end < 0) {
      return false; // not parsed here: the image reader decides
    }
    for (int i = end; i < b.length; i++) {
      if (b[i] != 0 && b[i] != '\n' && b[i] != '\r' && b[i] != ' ') {
        return true;
      }
    }
    return false;
  }

  private static int pngEnd(byte[] b) {
    int i = 8;
    while (i + 12 <= b.length) {
      long length = be32(b, i);
      if (length < 0 || i + 12 + length > b.length) {
        return -1;
      }
      boolean iend = b[i + 4] == 'I' && b[i + 5] == 'E' && b[i + 6] == 'N' && b[i + 7] == 'D';
      i += 12 + (int) length;
      if (iend) {
        return i;
      }
    }
    return -1;
  }

  private static int jpegEnd(byte[] b) {
    int i = 2;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xff) != 0xff) {
        return -1;
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xd9) {
        return i + 2;
      }
      if (marker == 0xff) {
        i++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      i += 2 + length;
      if (marker == 0xda) {
        // Entropy-coded data: runs to the next marker that is not a stuffed byte or a restart.
        while (i + 1 < b.length) {
          if ((b[i] & 0xff) == 0xff) {
            int next = b[i + 1] & 0xff;
            if (next != 0 && !(next >= 0xd0 && next <= 0xd7) && next != 0xff) {
              break;
            }
          }
          i++;
        }
      }
    }
    return -1;
  }

  private static int gifEnd(byte[] b) {
    if (b.length < 13) {
      return -1;
    }
    int i = 13;
    if ((b[10] & 0x80) != 0) {
      i += 3 * (1 << ((b[10] & 0x07) + 1));
    }
    while (i < b.length) {
      int block = b[i] & 0xff;
      if (block == 0x3b) {
        return i + 1;
      } else if (block == 0x21) {
        i = subBlocks(b, i + 2);
      } else if (block == 0x2c) {
        if (i + 10 > b.length) {
          return -1;
        }
        int flags = b[i + 9] & 0xff;
        i += 10;
        if ((flags & 0x80) != 0) {
          i += 3 * (1 << ((flags & 0x07) + 1));
        }
        i = subBlocks(b, i + 1);
      } else {
        return -1;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int subBlocks(byte[] b, int i) {
    while (i < b.length) {
      int size = b[i] & 0xff;
      i += 1 + size;
      if (size == 0) {
        return i;
      }
    }
    return -1;
  }

  private static long be32(byte[] b, int i) {
    return ((long) (b[i] & 0xff) << 24)
        | ((b[i + 1] & 0xff) << 16)
        | ((b[i + 2] & 0xff) << 8)
        | (b[i + 3] & 0xff);
  }
}
