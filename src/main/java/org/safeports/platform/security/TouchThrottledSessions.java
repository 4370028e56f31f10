package org.safeports.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
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
 *
 * <p>A session read is kept in memory for the next requests ({@link SessionCopies}): a request
 * whose session is copied and that changes nothing in it sends no statement at all. Every save that
 * changes a session and every delete drops its copy here and tells the other instances.
 */
@Component
class TouchThrottledSessions implements BeanPostProcessor {

  private final ObjectProvider<SessionCopies> copies;

  TouchThrottledSessions(ObjectProvider<SessionCopies> copies) {
    this.copies = copies;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof JdbcIndexedSessionRepository store ? new Store(store, copies) : bean;
  }

  /** Spring Session's JDBC store, its sessions wrapped in {@link Touched} or copied. */
  static final class Store implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> store;
    private final DisposableBean lifecycle;
    private final ObjectProvider<SessionCopies> copiesProvider;
    private volatile SessionCopies copies;

    /** The store's own session class is not public: its sessions are handled as sessions. */
    @SuppressWarnings("unchecked")
    Store(JdbcIndexedSessionRepository store, ObjectProvider<SessionCopies> copies) {
      this.store =
          (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
      this.lifecycle = store;
      this.copiesProvider = copies;
    }

    /** Looked up on first use: the store is made before the beans the copies need. */
    private SessionCopies copies() {
      SessionCopies known = copies;
      if (known == null) {
        known = copiesProvider.getObject();
        copies = known;
      }
      return known;
    }

    @Override
    public Session createSession() {
      return new Touched(store.createSession(), true);
    }

    @Override
    public void save(Session session) {
      if (session instanceof SessionCopy.View view) {
        Session stored = view.stored();
        if (stored == null) {
          return;
        }
        if (!view.detached()) {
          store.save(stored);
        }
        copies().written(view.requestedId(), stored.getId(), view.changed());
      } else if (session instanceof Touched touched) {
        store.save(touched.session);
        if (touched.changed || touched.moved) {
          copies().written(touched.firstId, touched.getId(), touched.changed && !touched.created);
        }
      } else {
        throw new IllegalArgumentException("Not a session of this store: " + session.getClass());
      }
    }

    @Override
    public Session findById(String id) {
      SessionCopies copies = copies();
      SessionCopy copy = copies.get(id);
      if (copy != null) {
        return copy.view(null, () -> store.findById(id));
      }
      long generation = copies.generation();
      Instant readAt = copies.now();
      Session session = store.findById(id);
      if (session == null) {
        return null;
      }
      copy = SessionCopy.of(session, readAt);
      if (copy == null) {
        return new Touched(session, false);
      }
      copies.keep(copy, generation);
      return copy.view(session, () -> store.findById(id));
    }

    @Override
    public void deleteById(String id) {
      store.deleteById(id);
      copies().written(id, id, true);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
      Map<String, Session> found = new LinkedHashMap<>();
      store
          .findByIndexNameAndIndexValue(indexName, indexValue)
          .forEach((id, session) -> found.put(id, new Touched(session, false)));
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
    private final String firstId;
    private final boolean created;
    private boolean changed;
    private boolean moved;

    Touched(Session session, boolean created) {
      this.session = session;
      this.firstId = session.getId();
      this.created = created;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Duration since = Duration.between(session.getLastAccessedTime(), lastAccessedTime);
      if (since.compareTo(SessionStoreWrites.TOUCH_INTERVAL) >= 0) {
        session.setLastAccessedTime(lastAccessedTime);
        moved = true;
      }
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      changed = true;
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
      changed = true;
      session.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      changed = true;
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
      changed = true;
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
