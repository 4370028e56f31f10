package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the servlet's limit (40 MB a file, 41 MB a request) gets the portal's page in the
 * reader's language with status 413 and a way back to the form, whether the body says its size up
 * front or the file turns out too large while it is read; and the forms tell the browser their own
 * limit, so that it refuses before sending.
 */
@PortalTest
class UploadTooLargeTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final int MB = 1024 * 1024;

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  HttpClient http;
  CookieManager cookieJar;
  String base;

  @BeforeEach
  void signInAsEditor() throws Exception {
    cookieJar = new CookieManager();
    http =
        HttpClient.newBuilder()
            .cookieHandler(cookieJar)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    base = "http://localhost:" + port;
    String email = TestAccounts.freshEmail("editor");
    accounts.create(email, PortalRole.EDITOR);
    String form =
        "_csrf="
            + token("/sign-in")
            + "&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + TestAccounts.PASSWORD;
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
  }

  @Test
  void aBodyOverTheLimitGetsThePortalsPageInSpanishWithA413() throws Exception {
    HttpResponse<String> refused = upload(42 * MB);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("es");
    assertThat(page.select("h1").text()).isEqualTo("Lo que envió es demasiado grande");
    assertThat(page.select("main").text())
        .contains("pesa más de 40 MB")
        .contains("elija un archivo más pequeño");
    assertThat(page.select("main a[href=/admin/library/new]").text())
        .isEqualTo("Volver al formulario");
    assertThat(page.select("header").text()).as("still signed in").contains("Cerrar sesión");
  }

  @Test
  void aClientStillSendingTheRestOfTheFileGetsToSendItAndReadsThePage() throws Exception {
    // A browser sends the whole body before it reads the answer. Had Tomcat closed the connection
    // after answering, the rest would meet a reset and the browser show a connection error.
    String boundary = "----safeports" + System.nanoTime();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    field(head, boundary, "_csrf", token("/admin/library/new"));
    head.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    long fileBytes = 60L * MB;
    String cookies =
        String.join(
            "; ", cookieJar.getCookieStore().getCookies().stream().map(Object::toString).toList());
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /admin/library/new HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nCookie: "
                  + cookies
                  + "\r\nAccept: text/html\r\nAccept-Language: es"
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: "
                  + (head.size() + fileBytes + tail.length)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(head.toByteArray());
      byte[] chunk = new byte[256 * 1024];
      for (long sent = 0; sent < fileBytes; sent += chunk.length) {
        out.write(chunk);
      }
      out.write(tail);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("lang=\"es\"");
    }
  }

  @Test
  void aFileOverItsLimitInARequestUnderTheLimitGetsTheSamePage() throws Exception {
    // 40.2 MB: under the request's limit, so Tomcat only finds out while reading the file.
    HttpResponse<String> refused = upload(40 * MB + 200 * 1024);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("es");
    assertThat(page.select("main").text()).contains("pesa más de 40 MB");
  }

  @Test
  void theLibraryFormTellsTheBrowserItsLimitAndMessage() throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/library/new"))
                .header("Accept-Language", "es")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Document page = Jsoup.parse(form.body());
    var file = page.select("input#file");
    assertThat(file.attr("data-max-bytes")).isEqualTo(Long.toString(25L * MB));
    assertThat(file.attr("data-too-large")).contains("pesa más de 25 MB");
    assertThat(page.select("script[src*=upload-size]")).hasSize(1);
    String script = page.select("script[src*=upload-size]").attr("src");
    HttpResponse<String> served =
        http.send(
            HttpRequest.newBuilder(URI.create(base + script)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).contains("data-max-bytes");
  }

  @Test
  void theImageFieldsTellTheBrowserTheirLimit() throws Exception {
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/content")).build(),
            HttpResponse.BodyHandlers.ofString());
    String item =
        Jsoup.parse(list.body()).select("main a[href~=^/admin/content/[0-9]+$]").attr("href");
    HttpResponse<String> edit =
        http.send(
            HttpRequest.newBuilder(URI.create(base + item)).header("Accept-Language", "es").build(),
            HttpResponse.BodyHandlers.ofString());
    Document page = Jsoup.parse(edit.body());
    assertThat(page.select("input#image").attr("data-max-bytes"))
        .isEqualTo(Long.toString(10L * MB));
    assertThat(page.select("input#image").attr("data-too-large"))
        .isEqualTo("La imagen pesa más de 10 MB.");
    assertThat(page.select("script[src*=upload-size]")).hasSize(1);
  }

  /** A new document with a file of the given size, sent from the form's page, in Spanish. */
  private HttpResponse<String> upload(int fileBytes) throws Exception {
    String boundary = "----safeports" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(fileBytes + 4096);
    field(body, boundary, "_csrf", token("/admin/library/new"));
    field(body, boundary, "titleEn", "Plan that is too large");
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[fileBytes]);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/admin/library/new"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", "es")
            .header("Accept", "text/html")
            .header("Referer", base + "/admin/library/new")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value)
      throws IOException {
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private String token(String path) throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token on " + path).isTrue();
    return m.group(1);
  }
}
