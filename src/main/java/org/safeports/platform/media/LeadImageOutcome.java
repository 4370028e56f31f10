package org.safeports.platform.media;

import java.util.Map;
import org.safeports.platform.web.FormErrors;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a lead image form (a news item's or page's, a Port Voices piece's) gets back from its
 * service: a notice when it was saved, else the errors the service found by field (message keys;
 * {@link #FILE} for the file) and the form to show again. {@link #flash} hands either to the page
 * the form redirects to.
 */
public record LeadImageOutcome(String notice, Map<String, String> errors, LeadImageForm form) {

  /** The file field: a part of the request, not of the form, so its error travels on its own. */
  public static final String FILE = "leadFile";

  /** The flash attribute that holds the file field's error (a message key). */
  public static final String FILE_ERROR = "leadFileError";

  public static LeadImageOutcome saved(String notice) {
    return new LeadImageOutcome(notice, Map.of(), null);
  }

  /** Refused: the service's errors, and the form as typed (with an accepted new file chosen). */
  public static LeadImageOutcome refused(Map<String, String> errors, LeadImageForm form) {
    return new LeadImageOutcome(null, Map.copyOf(errors), form);
  }

  /**
   * Puts the notice, or the form with its errors (those of its own checks in {@code result}, then
   * the service's), where the page after the redirect reads them: {@code notice}, or {@link
   * LeadImageForm#NAME} with its binding result and {@link #FILE_ERROR}.
   */
  public void flash(RedirectAttributes redirect, BindingResult result) {
    if (notice != null) {
      redirect.addFlashAttribute("notice", notice);
      return;
    }
    LeadImageForm shown = form != null ? form : LeadImageForm.empty();
    BindingResult errorsShown = new BeanPropertyBindingResult(shown, LeadImageForm.NAME);
    errorsShown.addAllErrors(result);
    errors.forEach(
        (field, code) -> {
          if (FILE.equals(field)) {
            redirect.addFlashAttribute(FILE_ERROR, code);
          } else if (!errorsShown.hasFieldErrors(field)) {
            FormErrors.reject(errorsShown, field, code);
          }
        });
    redirect.addFlashAttribute(LeadImageForm.NAME, shown);
    redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + LeadImageForm.NAME, errorsShown);
  }
}
