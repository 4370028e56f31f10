package org.safeports.forum;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Watching a topic or a category, or stopping, from its page or from the preferences page. What the
 * reader may not read is not found (see {@link ForumWatching}).
 */
@Controller
class ForumWatchController {

  private final ForumWatching watching;
  private final ForumReaders readers;

  ForumWatchController(ForumWatching watching, ForumReaders readers) {
    this.watching = watching;
    this.readers = readers;
  }

  @PostMapping("/forum/t/{id}/watch")
  String topic(
      @PathVariable long id,
      @Valid @ModelAttribute("watchForm") ForumWatchForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    String back = form.backToPreferences() ? "/account/forum" : "/forum/t/" + id;
    if (result.hasErrors()) {
      redirect.addFlashAttribute("alert", "forum.watch.invalid");
      return "redirect:" + back;
    }
    watching.watchTopic(readers.current(), id, form.watching(), form.chosen());
    redirect.addFlashAttribute("notice", notice(form));
    return "redirect:" + back;
  }

  @PostMapping("/forum/c/{slug}/watch")
  String category(
      @PathVariable String slug,
      @Valid @ModelAttribute("watchForm") ForumWatchForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    String back = form.backToPreferences() ? "/account/forum" : "/forum/c/{slug}";
    if (result.hasErrors()) {
      redirect.addFlashAttribute("alert", "forum.watch.invalid");
      return "redirect:" + back;
    }
    watching.watchCategory(readers.current(), slug, form.watching(), form.chosen());
    redirect.addFlashAttribute("notice", notice(form));
    return "redirect:" + back;
  }

  private static String notice(ForumWatchForm form) {
    if (!form.watching()) {
      return "forum.watch.stopped";
    }
    return form.chosen() == null && form.delivery() == null
        ? "forum.watch.started"
        : "forum.watch.saved";
  }
}
