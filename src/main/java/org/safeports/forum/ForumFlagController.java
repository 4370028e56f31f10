package org.safeports.forum;

import jakarta.validation.Valid;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A reader flags a post for the moderators; what they may not read is not found. */
@Controller
class ForumFlagController {

  private final ForumFlags flags;
  private final ForumReaders readers;

  ForumFlagController(ForumFlags flags, ForumReaders readers) {
    this.flags = flags;
    this.readers = readers;
  }

  @GetMapping("/forum/p/{id}/flag")
  String form(@PathVariable long id, Model model) {
    model.addAttribute("flag", ForumFlagForm.empty());
    return page(id, model);
  }

  @PostMapping("/forum/p/{id}/flag")
  String flag(
      @PathVariable long id,
      @Valid @ModelAttribute("flag") ForumFlagForm flag,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    if (result.hasErrors()
        || !FormErrors.accepted(result, () -> flags.flag(reader, id, flag.reason(), flag.note()))) {
      return page(id, model);
    }
    redirect.addFlashAttribute("notice", "forum.flag.thanks");
    return "redirect:/forum/p/" + id;
  }

  private String page(long id, Model model) {
    model.addAttribute("target", flags.target(readers.current(), id));
    model.addAttribute("reasons", FlagReason.values());
    return "forum/mod-flag";
  }
}
