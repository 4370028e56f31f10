package org.safeports.support;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that the web server's threads send, so that a test can check how many
 * statements a page costs. Background jobs (session clean-up, mail) run on other threads and do not
 * count.
 */
public final class QueryCounter implements BeanPostProcessor {

  private static final AtomicLong STATEMENTS = new AtomicLong();

  public static long statements() {
    return STATEMENTS.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource
        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(dataSource)
          .name("counted")
          .listener(
              new QueryExecutionListener() {
                @Override
                public void beforeQuery(
                    net.ttddyy.dsproxy.ExecutionInfo info,
                    java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {}

                @Override
                public void afterQuery(
                    net.ttddyy.dsproxy.ExecutionInfo info,
                    java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                  if (Thread.currentThread().getName().startsWith("http-nio")) {
                    STATEMENTS.addAndGet(Math.max(1, queries.size()));
                  }
                }
              })
          .build();
    }
    return bean;
  }
}
