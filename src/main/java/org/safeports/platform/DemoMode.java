package org.safeports.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the portal runs as a demo: demo accounts and content, mail shown in the mail log. On by
 * default on the embedded database, off when a database URL is given; {@code
 * safeports.demo.enabled} decides either way when set.
 */
@Component
public class DemoMode {

  private final boolean enabled;

  public DemoMode(Environment environment) {
    Boolean explicit = environment.getProperty("safeports.demo.enabled", Boolean.class);
    this.enabled =
        explicit != null
            ? explicit
            : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
  }

  public boolean isEnabled() {
    return enabled;
  }
}
