package org.safeports.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.SafeportsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Another instance of the portal in the test's JVM, on a database the test names: a second instance
 * behind the same balancer, or a portal whose database the test may stop. The demo is off and the
 * cache of anonymous pages on, as in production.
 */
public final class SecondPortal implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondPortal(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static SecondPortal start(
      String jdbcUrl,
      String username,
      String password,
      Map<String, Object> properties,
      ApplicationListener<?>... listeners) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", jdbcUrl);
    settings.put("spring.datasource.username", username);
    settings.put("spring.datasource.password", password);
    settings.put("server.port", 0);
    settings.put("safeports.demo.enabled", false);
    settings.put("safeports.page-cache.enabled", true);
    // Events left incomplete by the test run's own portal are that portal's business.
    settings.put("spring.modulith.events.republish-outstanding-events-on-restart", false);
    settings.put("spring.main.banner-mode", "off");
    settings.putAll(properties);
    // As command-line arguments: they override the test profile's settings (cache off).
    String[] arguments =
        settings.entrySet().stream()
            .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SafeportsApplication.class)
            .profiles("test")
            .initializers(
                app ->
                    app.getBeanFactory()
                        .registerSingleton("testConfigurationsLeftOut", new LeaveOutTestSetup()))
            .listeners(listeners)
            .run(arguments);
    return new SecondPortal(context);
  }

  public int port() {
    return port(context);
  }

  public static int port(org.springframework.context.ApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }

  /**
   * The portal's component scan would also find the tests' own database set-up, which would point
   * this instance at the test run's database whatever it is told.
   */
  static final class LeaveOutTestSetup extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof LeaveOutTestSetup;
    }

    @Override
    public int hashCode() {
      return LeaveOutTestSetup.class.hashCode();
    }
  }
}
