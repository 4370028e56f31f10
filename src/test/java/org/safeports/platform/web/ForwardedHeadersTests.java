package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no proxy named in {@code safeports.trusted-proxies} (the default), a client's own {@code
 * X-Forwarded-*} headers change nothing: the sign-in throttle counts the address the connection
 * comes from, and redirects point to the host that was asked for. The test profile turns on Spring
 * Boot's native forwarded-header handling, as the production profile used to, to show that it no
 * longer opens this door. (That a named proxy is believed is shown by {@link TrustedProxiesTest}.)
 */
@PortalTest
class ForwardedHeadersTests {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)");

  @LocalServerPort int port;

  /** HTTP/1.0 from a loopback address of our own, so that no other test shares its counts. */
  final class Connection {
    final InetAddress from;
    String cookie;

    Connection(InetAddress from) {
      this.from = from;
    }

    String send(String method, String path, String body, String... headers) throws IOException {
      try (Socket socket = new Socket()) {
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout(30_000);
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
        request.append("Host: localhost:").append(port).append("\r\n");
        request.append("Accept: text/html\r\nAccept-Language: en\r\nConnection: close\r\n");
        if (cookie != null) {
          request.append("Cookie: ").append(cookie).append("\r\n");
        }
        for (String header : headers) {
          request.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
          request.append("Content-Type: application/x-www-form-urlencoded\r\n");
          request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.flush();
        String response =
            new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher session = SESSION.matcher(response);
        if (session.find()) {
          cookie = session.group(1);
        }
        return response;
      }
    }
  }

  static InetAddress someLoopbackAddress() throws IOException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return InetAddress.getByAddress(
        new byte[] {
          127,
          (byte) random.nextInt(1, 255),
          (byte) random.nextInt(1, 255),
          (byte) random.nextInt(2, 255)
        });
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aClientThatForgesItsAddressIsStillThrottledByItsRealOne() throws IOException {
    Connection client = new Connection(someLoopbackAddress());
    String page = client.send("GET", "/sign-in", null);
    int blockedAt = 0;
    for (int attempt = 1; attempt <= 100 && blockedAt == 0; attempt++) {
      Matcher token = CSRF.matcher(page);
      assertThat(token.find()).as(page).isTrue();
      String form =
          "_csrf="
              + encode(token.group(1))
              + "&email="
              + encode("nobody-" + attempt + "-" + System.nanoTime() + "@forged.example")
              + "&password="
              + encode("not-the-password-" + attempt);
      client.send("POST", "/sign-in", form, "X-Forwarded-For: 198.51.100." + attempt);
      page = client.send("GET", "/sign-in", null);
      if (page.contains("Too many attempts")) {
        blockedAt = attempt;
      }
    }
    assertThat(blockedAt)
        .as("failures from one address, each claiming another, are counted together")
        .isBetween(1, 100);
  }

  @Test
  void aClientCannotSteerARedirectToAnotherHost() throws IOException {
    Connection client = new Connection(someLoopbackAddress());
    String response =
        client.send(
            "GET",
            "/admin",
            null,
            "X-Forwarded-Host: attacker.example",
            "X-Forwarded-Proto: https",
            "X-Forwarded-Port: 443");
    Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(response);
    assertThat(location.find()).as(response).isTrue();
    assertThat(location.group(1)).isEqualTo("http://localhost:" + port + "/sign-in");
  }
}
