package org.safeports.contact;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact form, for everyone: write, send, and the page that says it arrived. */
@Controller
class ContactController {

  private final ContactService contact;
  private final MessageSource messages;

  ContactController(ContactService contact, MessageSource messages) {
    this.contact = contact;
    this.messages = messages;
  }

  @GetMapping("/contact")
  String form(@RequestParam(required = false) String topic, Model model, Locale locale) {
    String chosen = ContactTopic.of(topic).map(Enum::name).orElse(null);
    AuditActor viewer = AuditActor.current();
    model.addAttribute(
        "form", new ContactForm(viewer.name(), viewer.email(), chosen, null, null, null));
    return page(model, locale);
  }

  @PostMapping("/contact")
  String send(
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.filledByARobot()) {
      // Nothing is stored or sent; the program that filled the field learns nothing from the
      // answer.
      return "redirect:/contact/sent";
    }
    var topic = ContactTopic.of(form.topic());
    if (form.topic() != null && topic.isEmpty()) {
      FormErrors.reject(result, "topic", "contact.form.topic.required");
    }
    if (result.hasErrors()) {
      return page(model, locale);
    }
    // The address Tomcat took from the connection, or from a proxy named in
    // safeports.trusted-proxies.
    String address = request.getRemoteAddr();
    var outcome = contact.receive(form, topic.get(), Language.of(locale).code(), address);
    if (outcome == ContactService.Outcome.THROTTLED) {
      response.setStatus(429);
      model.addAttribute("throttled", true);
      return page(model, locale);
    }
    redirect.addFlashAttribute("sentTo", form.email());
    return "redirect:/contact/sent";
  }

  @GetMapping("/contact/sent")
  String sent() {
    return "contact/sent";
  }

  private String page(Model model, Locale locale) {
    model.addAttribute("topics", List.of(ContactTopic.values()));
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      alternates.put(language.code(), "/contact?lang=" + language.code());
    }
    model.addAttribute(
        "pageMeta",
        new PageMeta(
            messages.getMessage("contact.heading", null, locale),
            messages.getMessage("contact.intro", null, locale),
            "/contact",
            "website",
            alternates));
    return "contact/form";
  }
}
