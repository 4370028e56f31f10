package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Monitors and link checkers send HEAD, and some clients OPTIONS: they get the answer the GET of
 * the same address gets (HEAD without the body, OPTIONS with the methods allowed), for public pages
 * and protected ones alike. Every answer carries the permissions policy.
 */
@PortalTest
class HeadAndOptionsTests {

  static final String[] PUBLIC_PAGES = {
    "/", "/news", "/voices", "/library", "/sign-in", "/feeds/news-en.rss", "/sitemap.xml"
  };

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> send(String method, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Accept", "text/html")
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void headOnAPublicPageAnswersAsGetWithoutTheBody() throws Exception {
    for (String path : PUBLIC_PAGES) {
      HttpResponse<String> get = send("GET", path);
      HttpResponse<String> head = send("HEAD", path);
      assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Type"))
          .as("HEAD " + path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(head.body()).isEmpty();
    }
  }

  @Test
  void headOnAProtectedPageAnswersAsGetToo() throws Exception {
    HttpResponse<String> get = send("GET", "/admin");
    HttpResponse<String> head = send("HEAD", "/admin");
    assertThat(head.statusCode()).isEqualTo(get.statusCode()).isEqualTo(302);
    assertThat(head.headers().firstValue("Location"))
        .isEqualTo(get.headers().firstValue("Location"));
    assertThat(send("HEAD", "/no-such-page").statusCode()).isEqualTo(404);
  }

  @Test
  void optionsOnAPublicPageListsItsMethods() throws Exception {
    HttpResponse<String> options = send("OPTIONS", "/news");
    assertThat(options.statusCode()).isEqualTo(200);
    assertThat(options.headers().firstValue("Allow").orElse("")).contains("GET").contains("HEAD");
    assertThat(send("OPTIONS", "/admin").statusCode())
        .as("a protected page: as its GET")
        .isEqualTo(302);
  }

  @Test
  void everyAnswerTurnsOffTheBrowserFeaturesThePortalDoesNotUse() throws Exception {
    String policy = send("GET", "/").headers().firstValue("Permissions-Policy").orElse("");
    assertThat(policy)
        .contains("camera=()")
        .contains("microphone=()")
        .contains("geolocation=()")
        .contains("payment=()")
        .contains("usb=()");
    assertThat(send("GET", "/no-such-page").headers().firstValue("Permissions-Policy")).isPresent();
  }
}
