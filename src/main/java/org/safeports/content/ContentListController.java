package org.safeports.content;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's content list, the translation work list, and writing a new item. */
@Controller
@RequestMapping("/admin/content")
class ContentListController {

  private final ContentEditing editing;
  private final ContentEditorViews views;
  private final ContentAdminQueries adminQueries;
  private final MarkdownRenderer markdown;
  private final TranslationsToDo translationsToDo;

  ContentListController(
      ContentEditing editing,
      ContentEditorViews views,
      ContentAdminQueries adminQueries,
      MarkdownRenderer markdown,
      TranslationsToDo translationsToDo) {
    this.editing = editing;
    this.views = views;
    this.adminQueries = adminQueries;
    this.markdown = markdown;
    this.translationsToDo = translationsToDo;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) ContentKind kind,
      @RequestParam(required = false) EditorialStatus status,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean overdue,
      Model model) {
    model.addAttribute(
        "rows",
        adminQueries.items(kind, status, StringUtils.hasText(q) ? q.trim() : null, overdue));
    model.addAttribute("kind", kind);
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    model.addAttribute("overdue", overdue);
    model.addAttribute("kinds", ContentKind.values());
    model.addAttribute("statuses", EditorialStatus.values());
    model.addAttribute("languages", Language.all());
    return "content/admin-list";
  }

  @GetMapping("/translations")
  String translationWork(Model model, Locale locale) {
    model.addAttribute("work", translationsToDo.byLanguage(locale));
    return "content/admin-translations";
  }

  @GetMapping("/new")
  String newItem(
      @RequestParam(defaultValue = "NEWS") ContentKind kind, Model model, Locale locale) {
    model.addAttribute("form", ContentForm.empty());
    model.addAttribute("settings", ItemSettingsForm.empty());
    model.addAttribute("language", Language.of(locale).code());
    return newPage(kind, model);
  }

  @PostMapping
  String create(
      @RequestParam ContentKind kind,
      @RequestParam String language,
      @Valid @ModelAttribute("form") ContentForm form,
      BindingResult result,
      @Valid @ModelAttribute("settings") ItemSettingsForm settings,
      BindingResult settingsResult,
      @RequestParam(required = false) String preview,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      RedirectAttributes redirect) {
    if (Language.fromCode(language).isEmpty()) {
      throw new NotFoundException();
    }
    views
        .settingsProblem(kind, settings, null)
        .ifPresent(p -> FormErrors.reject(settingsResult, p.field(), p.code()));
    model.addAttribute("language", language);
    if (preview != null || result.hasErrors() || settingsResult.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return newPage(kind, model);
    }
    var created =
        FormErrors.accepted(
            result, () -> editing.create(kind, language, form, settings, editor.displayName()));
    if (created.isEmpty()) {
      return newPage(kind, model);
    }
    redirect.addFlashAttribute("notice", "content.saved");
    return "redirect:/admin/content/" + created.get();
  }

  /** The live preview's answer: the sanitised HTML of the Markdown typed so far. */
  @PostMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  ResponseEntity<String> preview(@RequestParam(required = false) String body) {
    // An emptied editor sends an empty body, which the portal's trimming binder makes null.
    if (body == null) {
      return ResponseEntity.ok("");
    }
    if (body.length() > ContentForm.MAX_BODY) {
      // The editor's own form says why when the text is saved or previewed with the button.
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
    }
    return ResponseEntity.ok(markdown.render(body).html());
  }

  private String newPage(ContentKind kind, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("languages", Language.all());
    model.addAttribute("parents", adminQueries.items(ContentKind.PAGE, null, null, false));
    model.addAttribute("topics", Topics.ALL);
    return "content/admin-new";
  }
}
