package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where PFSO requests are decided: a delegate's page of their own country's PFSOs, requests and
 * expiries, the secretariat's page of every country, one request with its document, approve,
 * decline, and the CSV exports. Who may see what is {@link PfsoService}'s to say.
 */
@Controller
class PfsoDecisionController {

  static final String MEMBERS = "/members/pfsos";
  static final String ADMIN = "/admin/members/pfsos";

  private final PfsoService service;
  private final PfsoForms forms;
  private final PfsoCsv csv;
  private final MemberStates states;

  PfsoDecisionController(PfsoService service, PfsoForms forms, PfsoCsv csv, MemberStates states) {
    this.service = service;
    this.forms = forms;
    this.csv = csv;
    this.states = states;
  }

  @ModelAttribute("countryNames")
  Map<String, String> countryNames(Locale locale) {
    return states.oasStates(locale).stream()
        .collect(Collectors.toMap(Country::code, Country::name));
  }

  @GetMapping(MEMBERS)
  String delegatesPage(@AuthenticationPrincipal Auditable me, Model model, Locale locale) {
    List<String> countries = service.delegateCountries(me.accountId());
    model.addAttribute("countryCodes", countries);
    model.addAttribute("groups", service.grouped(service.list(countries, null)));
    Map<String, String> names = countryNames(locale);
    model.addAttribute(
        "countryLabel",
        countries.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", ")));
    model.addAttribute("today", service.today());
    model.addAttribute("csvPath", MEMBERS + ".csv");
    model.addAttribute("secretariatPage", false);
    return "membership/pfso-list";
  }

  @GetMapping(ADMIN)
  String secretariatPage(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String state,
      Model model,
      Locale locale) {
    PfsoFilter filter = PfsoFilter.of(country, state);
    model.addAttribute(
        "groups", service.grouped(service.list(filter.countries(), filter.states())));
    model.addAttribute("filter", filter);
    model.addAttribute("countries", states.oasStates(locale));
    model.addAttribute("stateChoices", PfsoState.values());
    model.addAttribute("today", service.today());
    model.addAttribute("csvPath", filter.csvPath(ADMIN + ".csv"));
    model.addAttribute("secretariatPage", true);
    return "membership/pfso-list";
  }

  @GetMapping(MEMBERS + ".csv")
  void delegatesCsv(
      @AuthenticationPrincipal Auditable me, Locale locale, HttpServletResponse response)
      throws IOException {
    List<String> countries = service.delegateCountries(me.accountId());
    csv.write(service.list(countries, null), locale, response);
  }

  @GetMapping(ADMIN + ".csv")
  void secretariatCsv(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String state,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PfsoFilter filter = PfsoFilter.of(country, state);
    csv.write(service.list(filter.countries(), filter.states()), locale, response);
  }

  @GetMapping(MEMBERS + "/requests/{id}")
  String request(
      @PathVariable long id,
      @AuthenticationPrincipal Auditable me,
      @ModelAttribute("viewer") Viewer viewer,
      Model model) {
    PfsoRequest request = service.visible(id, decider(me, viewer));
    model.addAttribute("request", request);
    model.addAttribute("today", service.today());
    if (!model.containsAttribute("decision")) {
      model.addAttribute("decision", new PfsoDecisionForm(null));
    }
    return "membership/pfso-request";
  }

  @GetMapping(MEMBERS + "/requests/{id}/document")
  ResponseEntity<byte[]> document(
      @PathVariable long id,
      @AuthenticationPrincipal Auditable me,
      @ModelAttribute("viewer") Viewer viewer) {
    PfsoService.Decider decider = decider(me, viewer);
    PfsoRequest request = service.visible(id, decider);
    byte[] content = service.document(id, decider);
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf(request.documentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(request.documentName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(content);
  }

  @PostMapping(MEMBERS + "/requests/{id}/approve")
  String approve(
      @PathVariable long id,
      @AuthenticationPrincipal Auditable me,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    boolean done = service.approve(id, decider(me, viewer));
    redirect.addFlashAttribute(
        "notice", done ? "membership.pfso.decide.approved" : "membership.pfso.decide.already");
    return "redirect:" + MEMBERS + "/requests/" + id;
  }

  @PostMapping(MEMBERS + "/requests/{id}/decline")
  String decline(
      @PathVariable long id,
      @AuthenticationPrincipal Auditable me,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("decision") PfsoDecisionForm decision,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    PfsoService.Decider decider = decider(me, viewer);
    java.util.Optional<Boolean> declined = forms.decline(id, decision, result, decider);
    if (declined.isEmpty()) {
      return request(id, me, viewer, model);
    }
    redirect.addFlashAttribute(
        "notice",
        declined.get() ? "membership.pfso.decide.declined" : "membership.pfso.decide.already");
    return "redirect:" + MEMBERS + "/requests/" + id;
  }

  private static PfsoService.Decider decider(Auditable me, Viewer viewer) {
    return new PfsoService.Decider(me.accountId(), viewer.has("EDITOR"));
  }
}
