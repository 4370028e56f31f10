package org.safeports.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How the session store turns an attribute's stored bytes back into an object: as Spring Session
 * does (Java deserialisation), but the security context and the CSRF token, which every signed-in
 * request reads, are deserialised once per distinct content and not again on each request.
 *
 * <p>What the store holds decides when a session is read: signing out (the row deleted), a role
 * change (the attribute written anew, other bytes) or a session ended on another instance show on
 * the next read ({@link SessionCopies} says when a request reads its copy instead). Only the work
 * of turning the same bytes into the same object is saved. Each read gets a security context of its
 * own (around the authentication read from those bytes, which nothing changes once signed in), so a
 * request that empties or replaces its context changes no other request's; a CSRF token is
 * immutable and is shared.
 */
final class SessionAttributeReads implements Converter<byte[], Object> {

  /** Well above the sessions in use at once; each entry is one or two kilobytes. */
  private static final int KEPT = 1_000;

  private final Converter<byte[], Object> deserializer;
  private final Cache<Bytes, Object> known =
      Caffeine.newBuilder().maximumSize(KEPT).expireAfterAccess(Duration.ofMinutes(10)).build();

  SessionAttributeReads(Converter<byte[], Object> deserializer) {
    this.deserializer = deserializer;
  }

  /** Spring Session's conversions, with this one for reading attributes. */
  static GenericConversionService conversions(ClassLoader classLoader) {
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(
        byte[].class,
        Object.class,
        new SessionAttributeReads(new DeserializingConverter(classLoader)));
    return conversions;
  }

  @Override
  public Object convert(byte[] source) {
    Bytes key = new Bytes(source);
    Object value = known.getIfPresent(key);
    if (value == null) {
      value = deserializer.convert(source);
      if (!kept(value)) {
        return value;
      }
      known.put(new Bytes(source.clone()), value);
    }
    return value instanceof SecurityContext context
        ? new SecurityContextImpl(context.getAuthentication())
        : value;
  }

  /** Exactly the classes read on every request whose copies are safe to hand out. */
  private static boolean kept(Object value) {
    return value != null
        && (value.getClass() == SecurityContextImpl.class
            || value.getClass() == DefaultCsrfToken.class);
  }

  /** An attribute's stored bytes, compared by content. */
  private static final class Bytes {

    private final byte[] content;
    private final int hash;

    Bytes(byte[] content) {
      this.content = content;
      this.hash = Arrays.hashCode(content);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes bytes
          && bytes.hash == hash
          && Arrays.equals(bytes.content, content);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
