package org.safeports.platform;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started the portal where it is and, in the demo, how to sign in. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final DemoMode demoMode;

  StartupReport(DemoMode demoMode) {
    this.demoMode = demoMode;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  void report(ApplicationReadyEvent event) {
    WebServer server =
        event.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer()
            : null;
    int port = server != null ? server.getPort() : 8080;
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Safeports is running at http://localhost:").append(port).append('/');
    text.append("  (ready in ").append(uptime).append(" ms)\n");
    if (demoMode.isEnabled()) {
      text.append("  Demo mode: the demo accounts are listed above; the mail the portal sends\n");
      text.append("  is shown to the admin at /admin/mail instead of being delivered.\n");
    }
    log.info(text.toString());
  }
}
