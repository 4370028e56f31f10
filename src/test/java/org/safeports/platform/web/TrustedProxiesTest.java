package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The forwarded headers on a real Tomcat, set up as the portal sets it up: believed from a proxy
 * named in {@code safeports.trusted-proxies}, from nobody else.
 */
class TrustedProxiesTest {

  /** Answers the client address and scheme it sees, or redirects as the portal does. */
  static final class Echo extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (request.getRequestURI().equals("/go")) {
        response.sendRedirect("/signed-in");
      } else {
        response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme());
      }
    }
  }

  record Seen(String echo, String location) {}

  static Seen throughTomcat(String trustedProxies) throws Exception {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    // As Spring Boot sets the portal up: absolute redirects, built from the request's host.
    factory.addContextCustomizers(context -> context.setUseRelativeRedirects(false));
    new TrustedProxies(trustedProxies).customize(factory);
    WebServer server =
        factory.getWebServer(
            servletContext -> servletContext.addServlet("echo", new Echo()).addMapping("/"));
    server.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getPort();
      HttpResponse<String> echo =
          http.send(forwarded(base + "/"), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> redirect =
          http.send(forwarded(base + "/go"), HttpResponse.BodyHandlers.ofString());
      return new Seen(echo.body(), redirect.headers().firstValue("Location").orElse(""));
    } finally {
      server.stop();
    }
  }

  static HttpRequest forwarded(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("X-Forwarded-For", "203.0.113.9")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "portal.example.org")
        .build();
  }

  @Test
  void withNoProxyNamedTheHeadersAreIgnored() throws Exception {
    Seen seen = throughTomcat("");
    assertThat(seen.echo()).isEqualTo("127.0.0.1 http");
    assertThat(seen.location()).startsWith("http://127.0.0.1:").endsWith("/signed-in");
  }

  @Test
  void aProxyThatIsNotTheOneConnectingIsNotBelieved() throws Exception {
    Seen seen = throughTomcat("10.20.30.40, 192.168.0.0/16");
    assertThat(seen.echo()).isEqualTo("127.0.0.1 http");
    assertThat(seen.location()).doesNotContain("portal.example.org");
  }

  @Test
  void theNamedProxyIsBelieved() throws Exception {
    Seen seen = throughTomcat("127.0.0.1");
    assertThat(seen.echo()).isEqualTo("203.0.113.9 https");
    assertThat(seen.location()).isEqualTo("https://portal.example.org/signed-in");
  }

  @Test
  void aTypoStopsTheStart() {
    assertThatThrownBy(() -> TrustedProxies.ranges("10.0.0.1, 10.0.0.300/8"))
        .hasMessageContaining("10.0.0.300/8");
    assertThat(TrustedProxies.ranges(" 10.0.0.1 ,::1, 172.16.0.0/12"))
        .containsExactly("10.0.0.1/32", "::1/128", "172.16.0.0/12");
  }
}
