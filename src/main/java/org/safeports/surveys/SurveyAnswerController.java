package org.safeports.surveys;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.PortalUser;
import org.safeports.membership.MemberStates;
import org.safeports.platform.files.UploadLimits;
import org.safeports.platform.web.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Answering: the surveys open to me, a survey one section a page, and a copy of the answers. */
@Controller
class SurveyAnswerController {

  private final SurveyAnswering answering;
  private final AnswerCopies copies;
  private final Respondents respondents;
  private final MemberStates states;
  private final AnswerCopyPdf pdf;
  private final UploadLimits limits;

  SurveyAnswerController(
      SurveyAnswering answering,
      AnswerCopies copies,
      Respondents respondents,
      MemberStates states,
      AnswerCopyPdf pdf,
      UploadLimits limits) {
    this.answering = answering;
    this.copies = copies;
    this.respondents = respondents;
    this.states = states;
    this.pdf = pdf;
    this.limits = limits;
  }

  @GetMapping("/surveys")
  String mine(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
    model.addAttribute("surveys", answering.mine(respondent(user, locale)));
    return "surveys/mine";
  }

  @GetMapping("/surveys/{slug}")
  String answer(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int section,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      Locale locale) {
    AnswerSheet sheet = answering.sheet(slug, respondent(user, locale), token, section);
    return answerPage(sheet, token, model, locale);
  }

  @PostMapping("/surveys/{slug}/start")
  String start(@PathVariable String slug, Locale locale) {
    String token = answering.startPublic(slug, Language.of(locale).code());
    return "redirect:" + address(slug, 0, token);
  }

  @PostMapping("/surveys/{slug}")
  String save(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int section,
      @RequestParam(name = "t", required = false) String token,
      @RequestParam(name = "responseVersion", required = false) Long version,
      @RequestParam(defaultValue = "SAVE") SurveyAnswering.Intent intent,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      Model model,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    SurveyAnswering.Outcome outcome =
        answering.save(
            slug,
            respondent(user, locale),
            token,
            section,
            form,
            uploads(request),
            version,
            intent);
    if (outcome.again() != null) {
      return answerPage(outcome.again(), token, model, locale);
    }
    redirect.addFlashAttribute(
        "notice", outcome.submitted() ? "surveys.answer.submitted" : "surveys.answer.saved");
    return "redirect:" + address(slug, outcome.section(), token);
  }

  @GetMapping("/surveys/{slug}/copy")
  String copy(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable String slug,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      Locale locale) {
    AnswerCopy copy = copies.copy(slug, respondent(user, locale), token);
    model.addAttribute("copy", copy);
    model.addAttribute("token", token);
    model.addAttribute("countryName", countryName(copy.countryCode(), locale));
    return "surveys/copy";
  }

  /** The copy of the answers as a PDF, to keep or send on. */
  @GetMapping("/surveys/{slug}/copy.pdf")
  ResponseEntity<byte[]> copyPdf(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable String slug,
      @RequestParam(name = "t", required = false) String token,
      Locale locale) {
    AnswerCopy copy = copies.copy(slug, respondent(user, locale), token);
    byte[] document = pdf.render(copy, countryName(copy.countryCode(), locale), locale);
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(copy.slug() + ".pdf", StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(document);
  }

  /** A file given as an answer: only to its respondents and to editors (everyone else: 404). */
  @GetMapping("/surveys/{slug}/files/{id}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable String slug,
      @PathVariable long id,
      @RequestParam(name = "t", required = false) String token,
      Locale locale) {
    SurveyAnswerFiles.Stored file = answering.file(slug, respondent(user, locale), token, id);
    ContentDisposition disposition =
        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .cacheControl(CacheControl.noStore())
        .body(file.content());
  }

  private static Map<String, SurveyAnswering.Upload> uploads(HttpServletRequest request)
      throws IOException {
    Map<String, SurveyAnswering.Upload> uploads = new LinkedHashMap<>();
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
        String name = file.getValue().getOriginalFilename();
        uploads.put(
            file.getKey(),
            new SurveyAnswering.Upload(name == null ? "" : name, file.getValue().getBytes()));
      }
    }
    return uploads;
  }

  private String answerPage(AnswerSheet sheet, String token, Model model, Locale locale) {
    model.addAttribute("answerFileMaxBytes", limits.maxFileSize().toBytes());
    model.addAttribute("sheet", sheet);
    model.addAttribute("token", token);
    model.addAttribute("countryName", countryName(sheet.countryCode(), locale));
    return "surveys/answer";
  }

  private String countryName(String code, Locale locale) {
    return code == null ? null : states.name(code, locale);
  }

  private Respondent respondent(PortalUser user, Locale locale) {
    return respondents.of(user == null ? null : user.accountId(), Language.of(locale).code());
  }

  private static String address(String slug, int section, String token) {
    UriComponentsBuilder address = UriComponentsBuilder.fromPath("/surveys/{slug}");
    if (section > 0) {
      address.queryParam("section", section);
    }
    if (token != null && !token.isBlank()) {
      address.queryParam("t", token);
    }
    return address.buildAndExpand(slug).encode().toUriString();
  }
}
