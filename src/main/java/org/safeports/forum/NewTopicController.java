package org.safeports.forum;

import jakarta.validation.Valid;
import java.util.Locale;
import org.safeports.platform.web.Language;
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
 * Starting a topic in a category: the form, its preview (a submit button, so it works without
 * script) and the topic itself. A category the person may not read is not found.
 */
@Controller
class NewTopicController {

  private final NewTopics newTopics;
  private final ForumReaders readers;
  private final ForumAttachmentUploads uploads;

  NewTopicController(NewTopics newTopics, ForumReaders readers, ForumAttachmentUploads uploads) {
    this.newTopics = newTopics;
    this.readers = readers;
    this.uploads = uploads;
  }

  @GetMapping("/forum/c/{slug}/new")
  String form(@PathVariable String slug, Model model, Locale locale) {
    String language = Language.of(locale).code();
    model.addAttribute("form", new NewTopicForm(null, null, language));
    return page(slug, model, language);
  }

  @PostMapping("/forum/c/{slug}/new")
  String start(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") NewTopicForm form,
      BindingResult result,
      @RequestParam(defaultValue = "post") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    String language = Language.of(locale).code();
    ForumReader reader = readers.current();
    newTopics.check(form, result);
    if (intent.equals("preview") || result.hasErrors()) {
      if (intent.equals("preview") && !result.hasFieldErrors("body")) {
        model.addAttribute("preview", newTopics.preview(form.body()));
      }
      return page(slug, model, language);
    }
    java.util.List<ForumAttachmentUploads.NewAttachment> files =
        uploads.check(form.files(), 0, result, locale);
    if (result.hasErrors()) {
      return page(slug, model, language);
    }
    NewTopics.Started started = newTopics.start(reader, slug, form, files);
    if (started.held()) {
      redirect.addFlashAttribute("notice", "forum.new.held");
      return "redirect:/forum/c/" + started.categorySlug();
    }
    redirect.addFlashAttribute("notice", "forum.new.started");
    return "redirect:/forum/t/" + started.topicId() + "/" + started.topicSlug();
  }

  private String page(String slug, Model model, String language) {
    model.addAttribute("category", newTopics.categoryToPostIn(readers.current(), slug, language));
    model.addAttribute("languages", Language.all());
    model.addAttribute("maxFiles", ForumAttachmentUploads.MAX_FILES);
    return "forum/lists-new";
  }
}
