package org.safeports.membership;

import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Between the PFSO screens and {@link PfsoService}: checks what the form's annotations cannot (the
 * country, the IMO number's country, the document) and puts each refusal next to its field.
 */
@Component
class PfsoForms {

  private final PfsoService service;
  private final PfsoDocuments documents;
  private final MemberStates states;
  private final MessageSource messages;

  PfsoForms(
      PfsoService service, PfsoDocuments documents, MemberStates states, MessageSource messages) {
    this.service = service;
    this.documents = documents;
    this.states = states;
    this.messages = messages;
  }

  /** The request's id, or empty with the reasons in {@code result}. */
  Optional<Long> ask(long accountId, PfsoForm form, BindingResult result, Locale locale) {
    boolean knownCountry =
        form.country() == null || form.country().isBlank() || states.isOasState(form.country());
    if (!knownCountry) {
      FormErrors.reject(result, "country", "membership.pfso.form.country.required");
    }
    String imo = result.hasFieldErrors("imoNumber") ? null : form.imoNumberNormalised();
    if (imo != null && knownCountry && form.country() != null && !imo.startsWith(form.country())) {
      FormErrors.reject(
          result, "imoNumber", "membership.pfso.form.imoNumber.country", form.country());
    }
    PfsoDocuments.Document document = null;
    try {
      document = documents.check(form.document());
    } catch (PfsoDocuments.Refused refused) {
      if (refused.messageKey().startsWith("files.upload.")) {
        FormErrors.reject(
            result,
            "document",
            "membership.pfso.form.document.refused",
            messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      } else {
        FormErrors.reject(result, "document", refused.messageKey(), refused.arguments());
      }
    }
    if (result.hasErrors()) {
      return Optional.empty();
    }
    Optional<Long> id = service.ask(accountId, form, document, Language.code(locale));
    if (id.isEmpty()) {
      FormErrors.reject(result, "country", "membership.pfso.form.notNow");
    }
    return id;
  }

  /**
   * Declines with the reason (required): empty with the reason's error in {@code result}, else
   * whether it was declined now (false: it was decided already).
   */
  Optional<Boolean> decline(
      long id, PfsoDecisionForm form, BindingResult result, PfsoService.Decider decider) {
    if (form.reason() == null || form.reason().isBlank()) {
      FormErrors.reject(result, "reason", "membership.pfso.decide.reason.required");
    }
    if (result.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(service.decline(id, form.reason(), decider));
  }

  /** The language code of a locale, for the person's mail. */
  private static final class Language {
    static String code(Locale locale) {
      return org.safeports.platform.web.Language.of(locale).code();
    }
  }
}
