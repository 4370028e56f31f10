package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 413 page's link back goes only to a page of the portal itself. */
class OversizeUploadsTest {

  @Test
  void theWayBackIsThePortalsOwnFormOrNothing() {
    assertThat(
            OversizeUploads.samePortalPath(
                "https://safeports.org/voices/mine/7?x=1", "safeports.org"))
        .isEqualTo("/voices/mine/7?x=1");
    assertThat(OversizeUploads.samePortalPath("https://attacker.example/form", "safeports.org"))
        .isNull();
    assertThat(OversizeUploads.samePortalPath("javascript:alert(1)", "safeports.org")).isNull();
    assertThat(
            OversizeUploads.samePortalPath(
                "https://safeports.org//attacker.example/", "safeports.org"))
        .isNull();
    assertThat(OversizeUploads.samePortalPath("not a uri", "safeports.org")).isNull();
    assertThat(OversizeUploads.samePortalPath(null, "safeports.org")).isNull();
  }
}
