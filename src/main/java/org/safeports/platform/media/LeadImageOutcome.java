package org.safeports.platform.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a lead image form (a news item's or page's, a Port Voices piece's) gets back: a notice when
 * it was saved, else its errors by field (message keys) and what was typed. The form's page reads
 * {@code leadErrors} and {@code leadInput} after the redirect.
 */
public record LeadImageOutcome(
    String notice, Map<String, String> errors, Map<String, String> input) {

  public static LeadImageOutcome saved(String notice) {
    return new LeadImageOutcome(notice, Map.of(), Map.of());
  }

  /** Refused: the errors, and the request's parameters as typed (without the CSRF token). */
  public static LeadImageOutcome refused(Map<String, String> errors, Map<String, String> params) {
    Map<String, String> input = new LinkedHashMap<>(params);
    input.remove("_csrf");
    return new LeadImageOutcome(null, Map.copyOf(errors), input);
  }

  /**
   * Puts the notice, or the errors and what was typed, where the page after the redirect reads
   * them.
   */
  public void flash(RedirectAttributes redirect) {
    if (notice != null) {
      redirect.addFlashAttribute("notice", notice);
    } else {
      redirect.addFlashAttribute("leadErrors", errors);
      redirect.addFlashAttribute("leadInput", input);
    }
  }
}
