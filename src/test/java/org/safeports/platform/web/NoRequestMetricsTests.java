package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * No request is observed or timed (nobody reads meters: only health is exposed, see
 * docs/operations.md), and health answers as load balancers expect.
 */
@PortalTest
class NoRequestMetricsTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void requestsAreNeitherObservedNorTimedAndHealthStillAnswers() throws Exception {
    assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
    assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();

    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/metrics").statusCode()).isNotEqualTo(200);
  }

  /** As a load balancer asks: any type of answer. */
  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
