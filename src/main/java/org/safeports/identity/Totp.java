package org.safeports.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every
 * authenticator app reads from a QR code. One step of clock drift is accepted either way.
 */
final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;

  private Totp() {}

  static String newSecret() {
    return Base32.encode(SecretTokens.randomBytes(20));
  }

  static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  static String codeAt(String base32Secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int otp = binary % (int) Math.pow(10, DIGITS);
      return String.format("%0" + DIGITS + "d", otp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The step the code belongs to, if it is valid now and newer than {@code lastUsedStep}: a code
   * works once.
   */
  static OptionalLong verify(String base32Secret, String code, Instant now, Long lastUsedStep) {
    if (base32Secret == null || code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replaceAll("\\s", "");
    if (!digits.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long step = current - 1; step <= current + 1; step++) {
      if (lastUsedStep != null && step <= lastUsedStep) {
        continue;
      }
      if (java.security.MessageDigest.isEqual(
          codeAt(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
          digits.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The otpauth URI that authenticator apps read from the QR code. */
  static String provisioningUri(String issuer, String accountName, String base32Secret) {
    String label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32Secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** RFC 4648 base32, without padding, as authenticator apps expect. */
  static final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String encode(byte[] data) {
      StringBuilder out = new StringBuilder();
      int buffer = 0;
      int bits = 0;
      for (byte b : data) {
        buffer = (buffer << 8) | (b & 0xff);
        bits += 8;
        while (bits >= 5) {
          out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
          bits -= 5;
        }
      }
      if (bits > 0) {
        out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
      }
      return out.toString();
    }

    static byte[] decode(String text) {
      String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int buffer = 0;
      int bits = 0;
      for (char c : clean.toCharArray()) {
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
          throw new IllegalArgumentException("Not base32: " + c);
        }
        buffer = (buffer << 5) | value;
        bits += 5;
        if (bits >= 8) {
          out.write((buffer >> (bits - 8)) & 0xff);
          bits -= 8;
        }
      }
      return out.toByteArray();
    }
  }
}
