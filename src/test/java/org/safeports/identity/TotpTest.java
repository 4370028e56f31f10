package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The shared secret of RFC 6238's test vectors, "12345678901234567890". */
  static final String RFC_SECRET =
      Totp.Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void base32MatchesRfc4648() {
    assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.Base32.decode(RFC_SECRET))
        .asString(StandardCharsets.US_ASCII)
        .isEqualTo("12345678901234567890");
  }

  @Test
  void codesMatchTheRfc6238Vectors() {
    // RFC 6238 gives 8 digits; the 6-digit code is their last six.
    assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
        .isEqualTo("081804");
    assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))))
        .isEqualTo("279037");
  }

  @Test
  void acceptsOneStepOfDriftAndEachCodeOnce() {
    Instant now = Instant.ofEpochSecond(1111111109);
    long step = Totp.stepAt(now);
    assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, null))
        .hasValue(step - 1);
    assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, null))
        .hasValue(step + 1);
    assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, null)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, step)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, "12a456", now, null)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, null, now, null)).isEmpty();
  }
}
