package org.safeports.content;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.safeports.identity.PortalUser;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's content screens: list, write, translate, publish, compare and restore. */
@Controller
@RequestMapping("/admin/content")
class ContentAdminController {

  private final ContentEditing editing;
  private final ContentAdminQueries adminQueries;
  private final ContentItemRepository items;
  private final ContentTranslationRepository translations;
  private final ContentImageRepository images;
  private final ImageUploads uploads;
  private final MarkdownRenderer markdown;
  private final LeadImages leadImages;

  ContentAdminController(
      ContentEditing editing,
      ContentAdminQueries adminQueries,
      ContentItemRepository items,
      ContentTranslationRepository translations,
      ContentImageRepository images,
      ImageUploads uploads,
      MarkdownRenderer markdown,
      LeadImages leadImages) {
    this.editing = editing;
    this.adminQueries = adminQueries;
    this.items = items;
    this.translations = translations;
    this.images = images;
    this.uploads = uploads;
    this.markdown = markdown;
    this.leadImages = leadImages;
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
  String translationWork(Model model) {
    model.addAttribute("work", adminQueries.translationWork());
    return "content/admin-translations";
  }

  @GetMapping("/new")
  String newItem(
      @RequestParam(defaultValue = "NEWS") ContentKind kind, Model model, java.util.Locale locale) {
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
    checkSettings(kind, settings, settingsResult, null);
    checkSlug(form, result);
    if (Language.fromCode(language).isEmpty()) {
      throw new NotFoundException();
    }
    model.addAttribute("language", language);
    if (preview != null || result.hasErrors() || settingsResult.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return newPage(kind, model);
    }
    try {
      long id = editing.create(kind, language, form, settings, editor.displayName());
      redirect.addFlashAttribute("notice", "content.saved");
      return "redirect:/admin/content/" + id;
    } catch (SlugTakenException e) {
      FormErrors.reject(result, "slug", "content.form.slug.taken");
      return newPage(kind, model);
    }
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  String edit(@PathVariable long id, Model model) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    ContentTranslation original = translation(id, item.originalLanguage());
    model.addAttribute("form", formOf(original));
    model.addAttribute(
        "settings",
        new ItemSettingsForm(item.parentId(), item.position(), item.topic(), item.nextReviewOn()));
    return editPage(item, model);
  }

  @PostMapping("/{id}")
  String save(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ContentForm form,
      BindingResult result,
      @Valid @ModelAttribute("settings") ItemSettingsForm settings,
      BindingResult settingsResult,
      @RequestParam(required = false) String preview,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      RedirectAttributes redirect) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    checkSettings(item.kind(), settings, settingsResult, id);
    checkSlug(form, result);
    if (preview != null || result.hasErrors() || settingsResult.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return editPage(item, model);
    }
    try {
      editing.save(id, item.originalLanguage(), form, editor.displayName());
      editing.updateSettings(id, settings);
    } catch (ConcurrentEditException e) {
      model.addAttribute("conflict", true);
      return editPage(item, model);
    } catch (SlugTakenException e) {
      FormErrors.reject(result, "slug", "content.form.slug.taken");
      return editPage(item, model);
    }
    redirect.addFlashAttribute("notice", "content.saved");
    return "redirect:/admin/content/" + id;
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam EditorialStatus.Action action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime publishAt,
      RedirectAttributes redirect) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    if (!item.status().allows(action)) {
      redirect.addFlashAttribute("alert", "content.status.notAllowed");
      return "redirect:/admin/content/" + id;
    }
    Instant when = publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
    editing.apply(id, action, when);
    redirect.addFlashAttribute("notice", "content.status.done." + action.name());
    return "redirect:/admin/content/" + id;
  }

  @GetMapping("/{id}/translations/{lang}")
  @Transactional(readOnly = true)
  String editTranslation(@PathVariable long id, @PathVariable String lang, Model model) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    checkTranslationLanguage(item, lang);
    model.addAttribute(
        "form",
        translations
            .findByItemIdAndLanguage(id, lang)
            .map(ContentAdminController::formOf)
            .orElse(ContentForm.empty()));
    return translationPage(item, lang, model);
  }

  @PostMapping("/{id}/translations/{lang}")
  String saveTranslation(
      @PathVariable long id,
      @PathVariable String lang,
      @Valid @ModelAttribute("form") ContentForm form,
      BindingResult result,
      @RequestParam(required = false) String preview,
      @AuthenticationPrincipal PortalUser editor,
      Model model,
      RedirectAttributes redirect) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    checkTranslationLanguage(item, lang);
    checkSlug(form, result);
    if (preview != null || result.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return translationPage(item, lang, model);
    }
    try {
      editing.save(id, lang, form, editor.displayName());
    } catch (ConcurrentEditException e) {
      model.addAttribute("conflict", true);
      return translationPage(item, lang, model);
    } catch (SlugTakenException e) {
      FormErrors.reject(result, "slug", "content.form.slug.taken");
      return translationPage(item, lang, model);
    }
    redirect.addFlashAttribute("notice", "content.saved");
    return "redirect:/admin/content/" + id + "/translations/" + lang;
  }

  @PostMapping("/{id}/translations/{lang}/status")
  String translationStatus(
      @PathVariable long id,
      @PathVariable String lang,
      @RequestParam ContentTranslation.Status status,
      RedirectAttributes redirect) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    checkTranslationLanguage(item, lang);
    editing.setTranslationStatus(id, lang, status);
    redirect.addFlashAttribute("notice", "content.translation.status.done");
    return "redirect:/admin/content/" + id + "/translations/" + lang;
  }

  @GetMapping("/{id}/history")
  @Transactional(readOnly = true)
  String history(
      @PathVariable long id,
      @RequestParam(name = "language", required = false) String lang,
      Model model) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    String language =
        lang != null && Language.fromCode(lang).isPresent() ? lang : item.originalLanguage();
    model.addAttribute("item", summary(item));
    model.addAttribute("language", language);
    model.addAttribute(
        "revisions", editing.revisions(id, language).stream().map(RevisionView::of).toList());
    model.addAttribute("languages", Language.all());
    return "content/admin-history";
  }

  @GetMapping("/{id}/compare")
  @Transactional(readOnly = true)
  String compare(
      @PathVariable long id,
      @RequestParam(name = "language") String lang,
      @RequestParam int from,
      @RequestParam int to,
      Model model) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    var all = editing.revisions(id, lang);
    ContentRevision older =
        all.stream()
            .filter(r -> r.number() == from)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    ContentRevision newer =
        all.stream().filter(r -> r.number() == to).findFirst().orElseThrow(NotFoundException::new);
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            // The default line normaliser escapes HTML: revisions are shown as text.
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();
    List<DiffRow> rows =
        generator.generateDiffRows(
            lines(older.title() + "\n\n" + older.summary() + "\n\n" + older.bodyMarkdown()),
            lines(newer.title() + "\n\n" + newer.summary() + "\n\n" + newer.bodyMarkdown()));
    model.addAttribute("item", summary(item));
    model.addAttribute("language", lang);
    model.addAttribute("older", RevisionView.of(older));
    model.addAttribute("newer", RevisionView.of(newer));
    model.addAttribute("rows", rows);
    return "content/admin-compare";
  }

  @PostMapping("/{id}/restore")
  String restore(
      @PathVariable long id,
      @RequestParam(name = "language") String lang,
      @RequestParam int number,
      @AuthenticationPrincipal PortalUser editor,
      RedirectAttributes redirect) {
    try {
      editing.restore(id, lang, number, editor.displayName());
      redirect.addFlashAttribute("notice", "content.history.restored");
    } catch (SlugTakenException | ConcurrentEditException e) {
      redirect.addFlashAttribute("alert", "content.history.restoreFailed");
    }
    return "redirect:/admin/content/" + id + "/history?language=" + lang;
  }

  @PostMapping("/{id}/images")
  String uploadImage(
      @PathVariable long id,
      @RequestParam(name = "image", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    try {
      ImageInfo image = uploads.upload(id, file);
      redirect.addFlashAttribute("notice", "content.image.uploaded");
      redirect.addFlashAttribute("uploadedImage", image.path());
    } catch (WebImages.Refused refused) {
      // Next to the file field, not at the top of the page.
      redirect.addFlashAttribute("imageError", refused.messageKey());
    }
    return "redirect:/admin/content/" + id + "#images";
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

  private String editPage(ContentItem item, Model model) {
    model.addAttribute("item", summary(item));
    model.addAttribute(
        "rawItem",
        new ItemFacts(
            item.id(),
            item.kind(),
            item.status(),
            item.isScheduled(Instant.now()),
            item.publishAt(),
            item.publishedAt(),
            item.originalLanguage(),
            item.status().allowedActions().stream().sorted().toList()));
    model.addAttribute(
        "parents",
        adminQueries.items(ContentKind.PAGE, null, null, false).stream()
            .filter(r -> r.id() != item.id())
            .toList());
    model.addAttribute("topics", Topics.ALL);
    model.addAttribute("images", images.infoForItem(item.id()));
    model.addAttribute("leadImage", leadImages.forEditor(item.id()).orElse(null));
    model.addAttribute("languages", Language.all());
    return "content/admin-edit";
  }

  private String translationPage(ContentItem item, String lang, Model model) {
    ContentTranslation original = translation(item.id(), item.originalLanguage());
    var existing = translations.findByItemIdAndLanguage(item.id(), lang);
    model.addAttribute("item", summary(item));
    model.addAttribute("language", lang);
    model.addAttribute("original", TextView.of(original));
    model.addAttribute("translation", existing.map(TextView::of).orElse(null));
    model.addAttribute(
        "stale", existing.map(t -> t.basedOnRevision() < item.originalRevision()).orElse(false));
    model.addAttribute("statuses", ContentTranslation.Status.values());
    return "content/admin-translation";
  }

  /** A revision as the history screen lists it. */
  record RevisionView(int number, String title, String authorName, Instant createdAt) {
    static RevisionView of(ContentRevision r) {
      return new RevisionView(r.number(), r.title(), r.authorName(), r.createdAt());
    }
  }

  /** An item's text in one language, as the translation screen shows it. */
  record TextView(
      String language,
      String title,
      String summary,
      String bodyMarkdown,
      ContentTranslation.Status status) {
    static TextView of(ContentTranslation t) {
      return new TextView(t.language(), t.title(), t.summary(), t.bodyMarkdown(), t.status());
    }
  }

  /** The facts the edit screen shows about an item. */
  record ItemFacts(
      long id,
      ContentKind kind,
      EditorialStatus status,
      boolean scheduled,
      Instant publishAt,
      Instant publishedAt,
      String originalLanguage,
      List<EditorialStatus.Action> actions) {}

  private ContentAdminQueries.Row summary(ContentItem item) {
    return adminQueries.item(item.id()).orElseThrow(NotFoundException::new);
  }

  private ContentTranslation translation(long itemId, String language) {
    return translations
        .findByItemIdAndLanguage(itemId, language)
        .orElseThrow(NotFoundException::new);
  }

  private static ContentForm formOf(ContentTranslation t) {
    return new ContentForm(t.title(), t.slug(), t.summary(), t.bodyMarkdown(), t.version());
  }

  private static void checkSlug(ContentForm form, BindingResult result) {
    if (StringUtils.hasText(form.slug()) && !Slugs.isValid(form.slug())) {
      FormErrors.reject(result, "slug", "content.form.slug.invalid");
    }
  }

  private void checkSettings(
      ContentKind kind, ItemSettingsForm settings, BindingResult result, Long itemId) {
    if (kind == ContentKind.NEWS && !Topics.isKnown(settings.topic())) {
      FormErrors.reject(result, "topic", "content.form.topic.unknown");
    }
    if (kind == ContentKind.PAGE && settings.parentId() != null) {
      var parent = items.findById(settings.parentId());
      if (parent.isEmpty()
          || parent.get().kind() != ContentKind.PAGE
          || (itemId != null && editing.wouldLoop(settings.parentId(), itemId))) {
        FormErrors.reject(result, "parentId", "content.form.parent.invalid");
      }
    }
  }

  private static void checkTranslationLanguage(ContentItem item, String lang) {
    if (Language.fromCode(lang).filter(l -> l.code().equals(lang)).isEmpty()
        || lang.equals(item.originalLanguage())) {
      throw new NotFoundException();
    }
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
