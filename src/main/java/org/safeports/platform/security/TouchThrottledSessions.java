package org.safeports.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The session store as the session filter sees it: Spring Session's JDBC store, but a request moves
 * a session's last access time only when the stored one is {@link
 * SessionStoreWrites#TOUCH_INTERVAL} or more old. A request that changes nothing else in its
 * session then ends with no statement and no transaction at all (the store skips a save with
 * nothing to write), instead of a transaction that rewrote the session's row.
 */
@Component
class TouchThrottledSessions implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof JdbcIndexedSessionRepository store ? new Store(store) : bean;
  }

  /** Spring Session's JDBC store, its sessions wrapped in {@link Touched}. */
  static final class Store implements FindByIndexNameSessionRepository<Touched>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> store;
    private final DisposableBean lifecycle;

    /** The store's own session class is not public: its sessions are handled as sessions. */
    @SuppressWarnings("unchecked")
    Store(JdbcIndexedSessionRepository store) {
      this.store =
          (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
      this.lifecycle = store;
    }

    @Override
    public Touched createSession() {
      return new Touched(store.createSession());
    }

    @Override
    public void save(Touched session) {
      store.save(session.session);
    }

    @Override
    public Touched findById(String id) {
      Session session = store.findById(id);
      return session == null ? null : new Touched(session);
    }

    @Override
    public void deleteById(String id) {
      store.deleteById(id);
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
      Map<String, Touched> found = new LinkedHashMap<>();
      store
          .findByIndexNameAndIndexValue(indexName, indexValue)
          .forEach((id, session) -> found.put(id, new Touched(session)));
      return found;
    }

    /** The store's own clean-up of expired sessions stops with the portal. */
    @Override
    public void destroy() throws Exception {
      lifecycle.destroy();
    }
  }

  /** A stored session whose last access time moves at most once per touch interval. */
  static final class Touched implements Session {

    private final Session session;

    Touched(Session session) {
      this.session = session;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Duration since = Duration.between(session.getLastAccessedTime(), lastAccessedTime);
      if (since.compareTo(SessionStoreWrites.TOUCH_INTERVAL) >= 0) {
        session.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return session.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      session.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      session.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }
}
