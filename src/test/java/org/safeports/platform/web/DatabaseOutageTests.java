package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeports.platform.database.EmbeddedPostgresServer;
import org.safeports.support.SecondPortal;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * A portal on its own PostgreSQL, which the test stops and starts again: pages answer 503 with
 * Retry-After within seconds (not after 50 s with a 500), cached anonymous pages are still served,
 * health says DOWN, and pages come back once the database does. Before the portal is ready (the
 * demo is loaded in that window) its pages answer 503 too.
 */
class DatabaseOutageTests {

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Answer(int status, String retryAfter, String body, long millis) {}

  Answer get(int port, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", path.startsWith("/actuator") ? "*/*" : "text/html")
            .header("Accept-Language", "en");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Retry-After").orElse(null),
        response.body(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Asks until the answer fits, and answers how long that took from {@code since}. */
  long until(int port, String path, Predicate<Answer> wanted, long since, Duration limit)
      throws Exception {
    long deadline = since + limit.toNanos();
    while (true) {
      Answer answer = get(port, path);
      if (wanted.test(answer)) {
        return (System.nanoTime() - since) / 1_000_000;
      }
      assertThat(System.nanoTime()).as(path + " still " + answer.status()).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void theDatabaseStopsAndStartsAgainUnderRequests(@TempDir Path data) throws Exception {
    EmbeddedPostgresServer database = EmbeddedPostgresServer.persistent(data);
    int databasePort = database.port();
    List<Answer> whileStarting = new ArrayList<>();
    ApplicationListener<ApplicationReadyEvent> beforeReady =
        event -> {
          int port = SecondPortal.port(event.getApplicationContext());
          try {
            whileStarting.add(get(port, "/"));
            whileStarting.add(get(port, "/actuator/health/readiness"));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    try (SecondPortal portal =
        SecondPortal.start(database.jdbcUrl(), "postgres", "", Map.of(), beforeReady)) {
      int port = portal.port();
      // Start-up tasks (the demo loaders among them) run before readiness; pages wait for it.
      assertThat(whileStarting.get(0).status()).isEqualTo(503);
      assertThat(whileStarting.get(0).retryAfter()).isNotNull();
      assertThat(whileStarting.get(1).status()).isEqualTo(503);
      assertThat(get(port, "/actuator/health/readiness").status()).isEqualTo(200);

      Answer home = get(port, "/");
      assertThat(home.status()).isEqualTo(200);
      assertThat(get(port, "/").body()).isEqualTo(home.body());
      assertThat(get(port, "/actuator/health").status()).isEqualTo(200);

      database.close();
      long stopped = System.nanoTime();
      Answer news = get(port, "/news");
      long to503 = (System.nanoTime() - stopped) / 1_000_000;
      assertThat(news.status()).isEqualTo(503);
      assertThat(news.retryAfter()).isNotNull();
      assertThat(news.body())
          .contains("The portal is briefly unavailable")
          .contains("href=\"/news\"");
      assertThat(to503).isLessThan(5_000);

      // The cached page is still served, at once; further pages fail at once, signed in or not.
      Answer cached = get(port, "/");
      assertThat(cached.status()).isEqualTo(200);
      assertThat(cached.body()).isEqualTo(home.body());
      Answer again = get(port, "/voices");
      assertThat(again.status()).isEqualTo(503);
      assertThat(again.millis()).isLessThan(1_000);
      Answer member = get(port, "/account", "Cookie", "SESSION=Zm9yZ290dGVu");
      assertThat(member.status()).isEqualTo(503);
      assertThat(member.millis()).isLessThan(1_000);
      assertThat(member.body()).contains("The portal is briefly unavailable");

      long toDown =
          until(port, "/actuator/health", a -> a.status() == 503, stopped, Duration.ofSeconds(5));

      database = EmbeddedPostgresServer.persistent(data, databasePort);
      long restarted = System.nanoTime();
      long toRecover =
          until(port, "/news", a -> a.status() == 200, restarted, Duration.ofSeconds(15));
      assertThat(get(port, "/actuator/health").status()).isEqualTo(200);
      assertThat(get(port, "/account").status()).isEqualTo(302);

      System.out.printf(
          "Database outage: 503 after %d ms, health DOWN after %d ms, pages back %d ms after the"
              + " database%n",
          to503, toDown, toRecover);
    } finally {
      database.close();
    }
  }
}
