package org.safeports.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * What the session store read for one session id, kept by {@link SessionCopies}: its times and its
 * attributes, when every attribute is of a kind a request cannot change in place (the security
 * context, copied for each request; the CSRF token and plain values, immutable). A session holding
 * anything else (a notice waiting, a saved request) is not copied and is read from the store.
 *
 * <p>Each request gets a {@link View} of its own. A view reads from the copy until the request
 * changes something (an attribute, the id, the time-out, or a last access older than the touch
 * interval): it then reads the session afresh from the store and makes the change there, so a write
 * never starts from a copy.
 */
final class SessionCopy {

  private final String id;
  private final Instant created;
  private final Instant lastAccessed;
  private final Duration maxInactive;
  private final Map<String, Object> attributes;
  private final Instant readAt;

  private SessionCopy(Session session, Map<String, Object> attributes, Instant readAt) {
    this.id = session.getId();
    this.created = session.getCreationTime();
    this.lastAccessed = session.getLastAccessedTime();
    this.maxInactive = session.getMaxInactiveInterval();
    this.attributes = attributes;
    this.readAt = readAt;
  }

  /** A copy of the session read at {@code readAt}; null when it holds what cannot be shared. */
  static SessionCopy of(Session session, Instant readAt) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String name : session.getAttributeNames()) {
      Object value = session.getAttribute(name);
      if (value instanceof SecurityContext context) {
        if (value.getClass() != SecurityContextImpl.class) {
          return null;
        }
        // The copy's own context: the request that read the session may change the one it got.
        value = new SecurityContextImpl(context.getAuthentication());
      } else if (!immutable(value)) {
        return null;
      }
      attributes.put(name, value);
    }
    return new SessionCopy(session, Map.copyOf(attributes), readAt);
  }

  private static boolean immutable(Object value) {
    return value instanceof DefaultCsrfToken
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Locale;
  }

  String id() {
    return id;
  }

  /** When the store's read that made this copy began. */
  Instant readAt() {
    return readAt;
  }

  /** As the store decides on reading the row: past its time-out since its last access. */
  boolean expiredAt(Instant now) {
    return !maxInactive.isNegative() && !now.minus(maxInactive).isBefore(lastAccessed);
  }

  /** A view for one request; {@code reload} reads the session from the store (null if gone). */
  View view(Session alreadyRead, Supplier<Session> reload) {
    return new View(this, alreadyRead, reload);
  }

  /** One request's session: the copy until it changes something, then the stored session. */
  static final class View implements Session {

    private final SessionCopy copy;
    private final Supplier<Session> reload;
    private final Map<String, Object> handedOut = new HashMap<>();
    private Session alreadyRead;
    private Session stored;
    private boolean detached;
    private boolean changed;

    View(SessionCopy copy, Session alreadyRead, Supplier<Session> reload) {
      this.copy = copy;
      this.alreadyRead = alreadyRead;
      this.reload = reload;
    }

    /** The id the request came with. */
    String requestedId() {
      return copy.id;
    }

    /** The stored session the request changed, or null if it changed nothing. */
    Session stored() {
      return stored;
    }

    /** The session was gone from the store when the request came to change it. */
    boolean detached() {
      return detached;
    }

    /** More than the last access time changed: other instances must drop their copies. */
    boolean changed() {
      return changed;
    }

    private Session store() {
      if (stored == null) {
        Session read = alreadyRead != null ? alreadyRead : reload.get();
        alreadyRead = null;
        if (read == null) {
          // Ended elsewhere meanwhile: the request goes on with what it read, and nothing is saved.
          MapSession gone = new MapSession(copy.id);
          gone.setCreationTime(copy.created);
          gone.setLastAccessedTime(copy.lastAccessed);
          gone.setMaxInactiveInterval(copy.maxInactive);
          copy.attributes.keySet().forEach(name -> gone.setAttribute(name, getAttribute(name)));
          read = gone;
          detached = true;
        }
        stored = read;
      }
      return stored;
    }

    private Session changing() {
      changed = true;
      return store();
    }

    @Override
    public String getId() {
      return stored == null ? copy.id : stored.getId();
    }

    @Override
    public String changeSessionId() {
      return changing().changeSessionId();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String attributeName) {
      if (stored != null) {
        return stored.getAttribute(attributeName);
      }
      return (T) handedOut.computeIfAbsent(attributeName, this::fromCopy);
    }

    /** The request's own security context; the other values are immutable and shared. */
    private Object fromCopy(String attributeName) {
      Object value = copy.attributes.get(attributeName);
      return value instanceof SecurityContext context
          ? new SecurityContextImpl(context.getAuthentication())
          : value;
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored == null ? copy.attributes.keySet() : stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      changing().setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      changing().removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return copy.created;
    }

    /** Moved at most once per touch interval, as {@link TouchThrottledSessions.Touched} does. */
    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (olderThanTouch(getLastAccessedTime(), lastAccessedTime)
          && olderThanTouch(store().getLastAccessedTime(), lastAccessedTime)) {
        stored.setLastAccessedTime(lastAccessedTime);
      }
    }

    private static boolean olderThanTouch(Instant last, Instant now) {
      return Duration.between(last, now).compareTo(SessionStoreWrites.TOUCH_INTERVAL) >= 0;
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored == null ? copy.lastAccessed : stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      changing().setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored == null ? copy.maxInactive : stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored == null ? copy.expiredAt(Instant.now()) : stored.isExpired();
    }
  }
}
