package org.safeports.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The session store reads each distinct security context once, but every read answers what its
 * bytes say, in a context of its own.
 */
class SessionAttributeReadsTest {

  private final AtomicInteger deserialised = new AtomicInteger();
  private final DeserializingConverter plain =
      new DeserializingConverter(getClass().getClassLoader());
  private final Converter<byte[], Object> counting =
      bytes -> {
        deserialised.incrementAndGet();
        return plain.convert(bytes);
      };
  private final SessionAttributeReads reads = new SessionAttributeReads(counting);

  private static byte[] stored(Object value) {
    return new SerializingConverter().convert(value);
  }

  private static SecurityContext signedIn(String email, String role) {
    return new SecurityContextImpl(
        UsernamePasswordAuthenticationToken.authenticated(
            email, null, List.of(new SimpleGrantedAuthority(role))));
  }

  @Test
  void theSameBytesAreDeserialisedOnceAndEachReadGetsAContextOfItsOwn() {
    byte[] bytes = stored(signedIn("a@example.org", "ROLE_USER"));

    SecurityContext first = (SecurityContext) reads.convert(bytes);
    SecurityContext second = (SecurityContext) reads.convert(bytes.clone());

    assertThat(deserialised).hasValue(1);
    assertThat(second).isNotSameAs(first);
    assertThat(second.getAuthentication().getName()).isEqualTo("a@example.org");

    // A request that signs out empties its own context: the next read still says what is stored.
    first.setAuthentication(null);
    SecurityContext third = (SecurityContext) reads.convert(bytes);
    assertThat(third.getAuthentication()).isNotNull();
    assertThat(third.getAuthentication().getName()).isEqualTo("a@example.org");
  }

  @Test
  void otherBytesAreReadForWhatTheySay() {
    reads.convert(stored(signedIn("a@example.org", "ROLE_USER")));

    // The same person with a new role (a membership decision rewrites the attribute).
    SecurityContext promoted =
        (SecurityContext) reads.convert(stored(signedIn("a@example.org", "ROLE_DELEGATE")));
    SecurityContext other =
        (SecurityContext) reads.convert(stored(signedIn("b@example.org", "ROLE_USER")));

    assertThat(deserialised).hasValue(3);
    assertThat(promoted.getAuthentication().getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_DELEGATE");
    assertThat(other.getAuthentication().getName()).isEqualTo("b@example.org");
  }

  @Test
  void aCsrfTokenIsSharedAndAnythingElseIsDeserialisedEveryTime() {
    byte[] token = stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0k3n"));
    assertThat(reads.convert(token)).isSameAs(reads.convert(token));
    assertThat(deserialised).hasValue(1);

    byte[] list = stored(new ArrayList<>(List.of("a notice")));
    Object one = reads.convert(list);
    Object two = reads.convert(list);
    assertThat(two).isEqualTo(one).isNotSameAs(one);
    assertThat(deserialised).hasValue(3);
  }

  @Test
  void theStoresConversionsWriteAndReadAttributes() {
    ConversionService conversions = SessionAttributeReads.conversions(getClass().getClassLoader());
    Object bytes =
        conversions.convert(
            signedIn("a@example.org", "ROLE_USER"),
            TypeDescriptor.valueOf(Object.class),
            TypeDescriptor.valueOf(byte[].class));
    Object read =
        conversions.convert(
            bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
    assertThat(((SecurityContext) read).getAuthentication().getName()).isEqualTo("a@example.org");
  }
}
