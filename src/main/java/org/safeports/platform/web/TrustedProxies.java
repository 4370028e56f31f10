package org.safeports.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} are believed only when
 * the connection comes from a proxy named in {@code safeports.trusted-proxies} (addresses or CIDR
 * ranges); with none named, nobody's are. Spring Boot's own handling (the production profile's
 * {@code server.forward-headers-strategy=native}, or the one it turns on by itself on Kubernetes)
 * trusts every loopback and private address, so a visitor who reached the portal through any of
 * them could choose the address the sign-in throttle counts and the host redirects point to. This
 * runs after Boot's customizer and replaces its valve.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

  private final List<String> ranges;

  TrustedProxies(@Value("${safeports.trusted-proxies:}") String configured) {
    this.ranges = ranges(configured);
  }

  /** Each address or range, a single address as a range of one; a typo stops the start. */
  static List<String> ranges(String configured) {
    List<String> ranges = new ArrayList<>();
    for (String entry : Arrays.asList(configured.split("[,\\s]+"))) {
      if (entry.isBlank()) {
        continue;
      }
      String range = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
      try {
        new NetMask(range);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "safeports.trusted-proxies: not an address or CIDR range: " + entry, e);
      }
      ranges.add(range);
    }
    return List.copyOf(ranges);
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    List<Valve> valves = new ArrayList<>(factory.getEngineValves());
    boolean bootTrustedForwardedHeaders = valves.removeIf(RemoteIpValve.class::isInstance);
    if (ranges.isEmpty()) {
      if (bootTrustedForwardedHeaders) {
        log.info(
            "X-Forwarded-* headers are ignored: no proxy is named in safeports.trusted-proxies");
      }
    } else {
      valves.add(valve());
      log.info("X-Forwarded-* headers are believed from {}", String.join(", ", ranges));
    }
    factory.setEngineValves(valves);
  }

  private RemoteIpValve valve() {
    RemoteIpValve valve = new RemoteIpValve();
    // A list with a "/" is read as CIDR ranges; the valve's default is every private address.
    valve.setInternalProxies(String.join(",", ranges));
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    valve.setHostHeader("X-Forwarded-Host");
    valve.setPortHeader("X-Forwarded-Port");
    return valve;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
