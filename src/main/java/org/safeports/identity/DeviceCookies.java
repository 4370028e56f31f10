package org.safeports.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cookie a device gets when someone signs in on it (OWASP's "device cookies"): a random device
 * id and a signature of it with the account's address, so it vouches for that account only and
 * cannot be made up. While an account is closed to unknown devices, a device with such a cookie is
 * still let in. The cookie is sent only to the sign-in form; it holds no address and grants nothing
 * by itself: the password is checked as always.
 */
@Component
class DeviceCookies {

  static final String NAME = "SAFEPORTS_DEVICE";
  static final Duration LIFETIME = Duration.ofDays(180);

  /** A shared computer remembers the last few accounts that signed in on it. */
  static final int ACCOUNTS_PER_DEVICE = 3;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final JdbcClient jdbc;
  private volatile byte[] key;

  DeviceCookies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The cookie's value on this request, if any. */
  static String valueOf(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** The id of the device, when its cookie was signed for this account. */
  Optional<String> trustedDevice(String cookieValue, String email) {
    if (cookieValue == null || cookieValue.length() > 400 || email == null) {
      return Optional.empty();
    }
    for (String entry : cookieValue.split("~")) {
      int dot = entry.indexOf('.');
      if (dot > 0) {
        String device = entry.substring(0, dot);
        byte[] given = entry.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(device, email).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(given, expected)) {
          return Optional.of(device);
        }
      }
    }
    return Optional.empty();
  }

  /** After a full sign-in: a new device id for this account, the other accounts' entries kept. */
  void remember(HttpServletRequest request, HttpServletResponse response, String email) {
    String device = ENCODER.encodeToString(SecretTokens.randomBytes(16));
    List<String> entries = new ArrayList<>();
    entries.add(device + "." + signature(device, email));
    String old = valueOf(request);
    if (old != null && old.length() <= 400) {
      for (String entry : old.split("~")) {
        boolean thisAccount = entry.indexOf('.') > 0 && trustedDevice(entry, email).isPresent();
        if (!thisAccount
            && entry.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")
            && entries.size() < ACCOUNTS_PER_DEVICE) {
          entries.add(entry);
        }
      }
    }
    ResponseCookie cookie =
        ResponseCookie.from(NAME, String.join("~", entries))
            .path(request.getContextPath() + "/sign-in")
            .maxAge(LIFETIME)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Strict")
            .build();
    response.addHeader("Set-Cookie", cookie.toString());
  }

  private String signature(String device, String email) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] signed =
          mac.doFinal((Account.normalise(email) + "\n" + device).getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared key: written once by whichever instance needs it first. */
  private byte[] key() {
    byte[] current = key;
    if (current == null) {
      jdbc.sql("insert into sign_in_device_key (id, secret) values (1, ?) on conflict do nothing")
          .param(SecretTokens.randomBytes(32))
          .update();
      current =
          jdbc.sql("select secret from sign_in_device_key where id = 1")
              .query(byte[].class)
              .single();
      key = current;
    }
    return current;
  }
}
