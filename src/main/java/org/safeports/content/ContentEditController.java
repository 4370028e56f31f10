package org.safeports.content;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.safeports.identity.PortalUser;
import org.safeports.platform.media.LeadImageForm;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One item in its original language: write, move through the workflow, add images. */
@Controller
@RequestMapping("/admin/content/{id}")
class ContentEditController {

  private final ContentEditing editing;
  private final ContentEditorViews views;
  private final ContentAdminQueries adminQueries;
  private final ImageUploads uploads;
  private final MarkdownRenderer markdown;
  private final LeadImages leadImages;

  ContentEditController(
      ContentEditing editing,
      ContentEditorViews views,
      ContentAdminQueries adminQueries,
      ImageUploads uploads,
      MarkdownRenderer markdown,
      LeadImages leadImages) {
    this.editing = editing;
    this.views = views;
    this.adminQueries = adminQueries;
    this.uploads = uploads;
    this.markdown = markdown;
    this.leadImages = leadImages;
  }

  @GetMapping
  String edit(@PathVariable long id, Model model) {
    model.addAttribute("form", views.originalForm(id));
    model.addAttribute("settings", views.settings(id));
    return editPage(views.facts(id), model, null);
  }

  @PostMapping
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
    var item = views.facts(id);
    views
        .settingsProblem(item.kind(), settings, id)
        .ifPresent(p -> FormErrors.reject(settingsResult, p.field(), p.code()));
    if (preview != null || result.hasErrors() || settingsResult.hasErrors()) {
      if (preview != null && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", markdown.render(form.body()).html());
      }
      return editPage(item, model, result);
    }
    if (!FormErrors.accepted(
        result, () -> editing.saveOriginal(id, form, settings, editor.displayName()))) {
      return editPage(item, model, result);
    }
    redirect.addFlashAttribute("notice", "content.saved");
    return "redirect:/admin/content/" + id;
  }

  @PostMapping("/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam EditorialStatus.Action action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime publishAt,
      RedirectAttributes redirect) {
    editing.apply(id, action, publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC));
    redirect.addFlashAttribute("notice", "content.status.done." + action.name());
    return "redirect:/admin/content/" + id;
  }

  @PostMapping("/images")
  String uploadImage(
      @PathVariable long id,
      @RequestParam(name = "image", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    ImageInfo image = uploads.upload(id, file);
    redirect.addFlashAttribute("notice", "content.image.uploaded");
    redirect.addFlashAttribute("uploadedImage", image.path());
    return "redirect:/admin/content/" + id + "#images";
  }

  private String editPage(ContentEditorViews.ItemFacts item, Model model, BindingResult result) {
    model.addAttribute("item", adminQueries.row(item.id()));
    model.addAttribute("rawItem", item);
    model.addAttribute(
        "conflict", result != null && FormErrors.refusedWith(result, ConcurrentEditException.CODE));
    model.addAttribute(
        "parents",
        adminQueries.items(ContentKind.PAGE, null, null, false).stream()
            .filter(r -> r.id() != item.id())
            .toList());
    model.addAttribute("topics", Topics.ALL);
    model.addAttribute("images", views.images(item.id()));
    LeadImages.Editing lead = leadImages.forEditor(item.id()).orElse(null);
    model.addAttribute("leadImage", lead);
    if (!model.containsAttribute(LeadImageForm.NAME)) {
      // Not after a refusal: the form then comes back with what was typed and its errors.
      model.addAttribute(LeadImageForm.NAME, LeadImages.Editing.form(lead));
    }
    model.addAttribute("languages", Language.all());
    return "content/admin-edit";
  }
}
