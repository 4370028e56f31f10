package org.safeports.forum;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue and the steps on one post taken from it. */
@Controller
@RequestMapping("/admin/forum")
class ForumModerationController {

  private final ForumModerationQueue queue;
  private final ForumModeration moderation;
  private final ForumReaders readers;

  ForumModerationController(
      ForumModerationQueue queue, ForumModeration moderation, ForumReaders readers) {
    this.queue = queue;
    this.moderation = moderation;
    this.readers = readers;
  }

  @GetMapping
  String queue(Model model, Locale locale) {
    ForumReader reader = readers.current();
    model.addAttribute("flagged", queue.flagged(reader, locale.getLanguage()));
    model.addAttribute("held", queue.held(reader, locale.getLanguage()));
    return "forum/mod-queue";
  }

  @PostMapping("/posts/{id}/hide")
  String hide(
      @PathVariable long id,
      @Valid @ModelAttribute("reasonForm") ForumReasonForm reason,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return queueWithError(id, "hide", result, model, locale);
    }
    moderation.hide(readers.current(), id, reason.reason());
    return done(redirect, "forum.mod.done.hidden");
  }

  @PostMapping("/posts/{id}/reject")
  String reject(
      @PathVariable long id,
      @Valid @ModelAttribute("reasonForm") ForumReasonForm reason,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return queueWithError(id, "reject", result, model, locale);
    }
    moderation.reject(readers.current(), id, reason.reason());
    return done(redirect, "forum.mod.done.rejected");
  }

  @PostMapping("/posts/{id}/restore")
  String restore(@PathVariable long id, RedirectAttributes redirect) {
    moderation.restore(readers.current(), id);
    return done(redirect, "forum.mod.done.restored");
  }

  @PostMapping("/posts/{id}/approve")
  String approve(@PathVariable long id, RedirectAttributes redirect) {
    moderation.approve(readers.current(), id);
    return done(redirect, "forum.mod.done.approved");
  }

  @PostMapping("/posts/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    moderation.dismiss(readers.current(), id);
    return done(redirect, "forum.mod.done.dismissed");
  }

  @GetMapping("/posts/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ForumModeration.Moderated post = moderation.forModerator(readers.current(), id);
    model.addAttribute("edit", new ForumPostEditForm(post.markdown(), null));
    return editPage(post, model);
  }

  @PostMapping("/posts/{id}/edit")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("edit") ForumPostEditForm edit,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    if (result.hasErrors()) {
      return editPage(moderation.forModerator(reader, id), model);
    }
    moderation.edit(reader, id, edit.text(), edit.reason());
    redirect.addFlashAttribute("notice", "forum.mod.done.edited");
    return "redirect:/forum/p/" + id;
  }

  private String editPage(ForumModeration.Moderated post, Model model) {
    model.addAttribute("post", post);
    return "forum/mod-post-edit";
  }

  /** The queue again, with the reason's error next to the item it was typed for. */
  private String queueWithError(
      long id, String step, BindingResult result, Model model, Locale locale) {
    model.addAttribute("errorPostId", id);
    model.addAttribute("errorStep", step);
    model.addAttribute("reasonError", result.getFieldError("reason").getDefaultMessage());
    return queue(model, locale);
  }

  private static String done(RedirectAttributes redirect, String notice) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/admin/forum";
  }
}
