package org.safeports.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that the web server's threads send, so that a test can check how many
 * statements a page costs. Background jobs (session clean-up, mail) run on other threads and do not
 * count. Nor do the session store's own statements in {@link #statements()}: whether a request
 * reads its session from the store or from the in-memory copy depends on when the session last
 * changed and on a background read, not on the page; {@link #statementsOf} records them all.
 */
public final class QueryCounter implements BeanPostProcessor {

  private static final AtomicLong STATEMENTS = new AtomicLong();
  private static volatile List<String> recording;

  public static long statements() {
    return STATEMENTS.get();
  }

  /**
   * The SQL (without its values) that the web server's threads sent while the action ran, in order:
   * what a request did, to compare two requests step by step.
   */
  public static synchronized List<String> statementsOf(Runnable action) {
    List<String> recorded = Collections.synchronizedList(new ArrayList<>());
    recording = recorded;
    try {
      action.run();
    } finally {
      recording = null;
    }
    return List.copyOf(recorded);
  }

  /** A statement of the session store: its tables, or the sequence its changes advance. */
  public static boolean sessionStore(String sql) {
    String upper = sql.toUpperCase(java.util.Locale.ROOT);
    return upper.contains("SPRING_SESSION") || upper.contains("SESSION_STORE_VERSION");
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
                    List<net.ttddyy.dsproxy.QueryInfo> queries) {}

                @Override
                public void afterQuery(
                    net.ttddyy.dsproxy.ExecutionInfo info,
                    List<net.ttddyy.dsproxy.QueryInfo> queries) {
                  if (Thread.currentThread().getName().startsWith("http-nio")) {
                    long page = queries.stream().filter(q -> !sessionStore(q.getQuery())).count();
                    STATEMENTS.addAndGet(queries.isEmpty() ? 1 : page);
                    List<String> recorded = recording;
                    if (recorded != null) {
                      queries.forEach(q -> recorded.add(q.getQuery()));
                    }
                  }
                }
              })
          .build();
    }
    return bean;
  }
}
