package org.safeports.forum;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A moderator's page for one topic: its switches, and moving, merging and splitting it. */
@Controller
@RequestMapping("/admin/forum/topics/{id}")
class ForumTopicModerationController {

  private final ForumTopicModeration moderation;
  private final ForumCategoryAdmin categories;
  private final ForumReaders readers;

  ForumTopicModerationController(
      ForumTopicModeration moderation, ForumCategoryAdmin categories, ForumReaders readers) {
    this.moderation = moderation;
    this.categories = categories;
    this.readers = readers;
  }

  @GetMapping
  String page(
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int from,
      Model model,
      Locale locale) {
    return render(id, from, model, locale);
  }

  @PostMapping("/status")
  String status(
      @PathVariable long id,
      @Valid @ModelAttribute("status") ForumTopicForms.Status status,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return render(id, 1, model, locale);
    }
    moderation.change(readers.current(), id, status.change(), status.reason());
    return done(redirect, id, "forum.mod.done.topic." + status.change().told());
  }

  @PostMapping("/move")
  String move(
      @PathVariable long id,
      @Valid @ModelAttribute("move") ForumTopicForms.Move move,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    if (result.hasErrors()
        || !FormErrors.accepted(
            result,
            () ->
                moderation.move(
                    reader, id, move.categoryId(), move.audienceConfirmed(), move.reason()))) {
      return render(id, 1, model, locale);
    }
    return done(redirect, id, "forum.mod.done.moved");
  }

  @PostMapping("/merge")
  String merge(
      @PathVariable long id,
      @Valid @ModelAttribute("merge") ForumTopicForms.Merge merge,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    if (result.hasErrors()
        || !FormErrors.accepted(
            result,
            () ->
                moderation.merge(
                    reader,
                    id,
                    merge.targetTopicId(),
                    merge.audienceConfirmed(),
                    merge.reason()))) {
      return render(id, 1, model, locale);
    }
    return done(redirect, merge.targetTopicId(), "forum.mod.done.merged");
  }

  @PostMapping("/split")
  String split(
      @PathVariable long id,
      @Valid @ModelAttribute("split") ForumTopicForms.Split split,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    if (result.hasErrors()) {
      return render(id, 1, model, locale);
    }
    var created =
        FormErrors.accepted(
            result,
            () ->
                moderation.split(
                    reader,
                    id,
                    split.postIds(),
                    split.title(),
                    split.categoryId(),
                    split.audienceConfirmed(),
                    split.reason()));
    if (created.isEmpty()) {
      return render(id, 1, model, locale);
    }
    return done(redirect, created.get(), "forum.mod.done.split");
  }

  private String render(long id, int from, Model model, Locale locale) {
    ForumReader reader = readers.current();
    ForumTopicModeration.TopicView topic = moderation.forModerator(reader, id);
    List<ForumTopicModeration.PostLine> posts = moderation.postsFrom(reader, id, Math.max(1, from));
    model.addAttribute("topic", topic);
    model.addAttribute("posts", posts.stream().limit(ForumTopicModeration.PAGE).toList());
    model.addAttribute(
        "nextFrom",
        posts.size() > ForumTopicModeration.PAGE
            ? posts.get(ForumTopicModeration.PAGE).number()
            : null);
    model.addAttribute("categoryList", categories.list(locale.getLanguage()));
    model.addAttribute("changes", TopicChange.values());
    if (!model.containsAttribute("status")) {
      model.addAttribute("status", new ForumTopicForms.Status(null, null));
    }
    if (!model.containsAttribute("move")) {
      model.addAttribute("move", new ForumTopicForms.Move(topic.categoryId(), false, null));
    }
    if (!model.containsAttribute("merge")) {
      model.addAttribute("merge", new ForumTopicForms.Merge(null, false, null));
    }
    if (!model.containsAttribute("split")) {
      model.addAttribute(
          "split", new ForumTopicForms.Split(List.of(), null, topic.categoryId(), false, null));
    }
    return "forum/mod-topic";
  }

  private static String done(RedirectAttributes redirect, long topicId, String notice) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/admin/forum/topics/" + topicId;
  }
}
