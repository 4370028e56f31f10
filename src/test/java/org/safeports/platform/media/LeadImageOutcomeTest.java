package org.safeports.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The shared answers of the lead image forms and of a refused image upload. */
class LeadImageOutcomeTest {

  @Test
  void aSavedFormFlashesItsNoticeOnly() {
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    LeadImageOutcome.saved("content.lead.saved").flash(redirect);
    assertThat(flash(redirect)).isEqualTo(Map.of("notice", "content.lead.saved"));
  }

  @Test
  void aRefusedFormFlashesItsErrorsAndWhatWasTypedWithoutTheToken() {
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    LeadImageOutcome.refused(
            Map.of("alt-es", "voices.lead.altRequired"),
            Map.of("caption-es", "El muelle", "_csrf", "secret"))
        .flash(redirect);
    assertThat(flash(redirect))
        .isEqualTo(
            Map.of(
                "leadErrors", Map.of("alt-es", "voices.lead.altRequired"),
                "leadInput", Map.of("caption-es", "El muelle")));
  }

  @Test
  void aRefusedUploadGoesBackToThePageItWasSentFromWithTheReasonForItsField() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/content/7/images");
    request.setServletPath("/admin/content/7/images");
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    String view =
        ImageRefusals.backToForm(new WebImages.Refused("notAnImage"), request, redirect, "#images");
    assertThat(view).isEqualTo("redirect:/admin/content/7#images");
    assertThat(flash(redirect)).isEqualTo(Map.of("imageError", "image.refused.notAnImage"));
  }

  private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
    return new HashMap<>(redirect.getFlashAttributes());
  }
}
