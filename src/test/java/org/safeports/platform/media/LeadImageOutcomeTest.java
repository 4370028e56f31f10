package org.safeports.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The shared answers of the lead image forms and of a refused image upload. */
class LeadImageOutcomeTest {

  static final String RESULT = BindingResult.MODEL_KEY_PREFIX + LeadImageForm.NAME;

  static LeadImageForm form(String altEs, String captionFr) {
    return new LeadImageForm(
        "save", null, null, " Rosa ", null, altEs, null, null, null, null, null, captionFr);
  }

  static BindingResult validated(LeadImageForm form) {
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      BindingResult result = new BeanPropertyBindingResult(form, LeadImageForm.NAME);
      new SpringValidatorAdapter(validator).validate(form, result);
      return result;
    }
  }

  @Test
  void aSavedFormFlashesItsNoticeOnly() {
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    LeadImageForm form = form("Grúas", null);
    LeadImageOutcome.saved("content.lead.saved").flash(redirect, validated(form));
    assertThat(flash(redirect)).isEqualTo(Map.of("notice", "content.lead.saved"));
  }

  @Test
  void aRefusedFormFlashesItselfWithItsOwnErrorsThenTheServicesAndTheFilesApart() throws Exception {
    LeadImageForm typed = form(null, "l".repeat(501));
    BindingResult result = validated(typed);
    assertThat(result.getFieldErrorCount()).isEqualTo(1);
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    LeadImageOutcome.refused(
            Map.of(
                "altEs",
                "voices.lead.altRequired",
                "captionFr",
                "a second error for a field already refused",
                LeadImageOutcome.FILE,
                "image.refused.notAnImage"),
            typed.choosing(42))
        .flash(redirect, result);

    Map<String, Object> flash = flash(redirect);
    assertThat(flash)
        .containsOnlyKeys(LeadImageForm.NAME, RESULT, LeadImageOutcome.FILE_ERROR)
        .containsEntry(LeadImageOutcome.FILE_ERROR, "image.refused.notAnImage");
    // The flash attributes go through the session, which is stored in the database.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HashMap<>(flash));
    }
    Map<?, ?> back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Map<?, ?>) in.readObject();
    }
    LeadImageForm shown = (LeadImageForm) back.get(LeadImageForm.NAME);
    assertThat(shown.leadImageId()).as("the accepted file chosen").isEqualTo(42L);
    assertThat(shown.captionFr()).isEqualTo("l".repeat(501));
    BindingResult errors = (BindingResult) back.get(RESULT);
    assertThat(errors.getFieldError("captionFr").getDefaultMessage())
        .isEqualTo("{image.lead.captionTooLong}");
    assertThat(errors.getFieldErrors("captionFr")).hasSize(1);
    assertThat(errors.getFieldError("altEs").getCode()).isEqualTo("voices.lead.altRequired");
    assertThat(errors.getFieldValue("captionFr")).isEqualTo("l".repeat(501));
    assertThat(errors.getFieldValue("credit")).isEqualTo(" Rosa ");
  }

  @Test
  void theFormReadsEachLanguagesWordsAndTheirFields() {
    LeadImageForm form = form("  Grúas ", "   ");
    assertThat(form.alt("es")).isEqualTo("Grúas");
    assertThat(form.caption("fr")).as("blank is none").isNull();
    assertThat(form.creditGiven()).isEqualTo("Rosa");
    assertThat(form.marksDecorative()).isFalse();
    assertThat(LeadImageForm.altField("pt")).isEqualTo("altPt");
    assertThat(LeadImageForm.captionField("en")).isEqualTo("captionEn");
    assertThat(validated(form(null, "x".repeat(500))).hasErrors()).isFalse();
    assertThat(validated(form("x".repeat(301), null)).getFieldError("altEs")).isNotNull();
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
