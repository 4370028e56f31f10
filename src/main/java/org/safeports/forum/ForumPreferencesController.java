package org.safeports.forum;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reader's forum mail: the default delivery, and what they watch (what they may still read only),
 * each with its own delivery and a way to stop. Under the account, for registered users.
 */
@Controller
class ForumPreferencesController {

  static final String PATH = "/account/forum";

  private final ForumWatching watching;
  private final ForumReaders readers;

  ForumPreferencesController(ForumWatching watching, ForumReaders readers) {
    this.watching = watching;
    this.readers = readers;
  }

  @GetMapping(PATH)
  String preferences(Locale locale, Model model) {
    ForumWatching.Preferences preferences = load(locale, model);
    model.addAttribute("form", new ForumPreferencesForm(preferences.delivery().name()));
    return "forum/mail-preferences";
  }

  @PostMapping(PATH)
  String save(
      @Valid @ModelAttribute("form") ForumPreferencesForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      load(locale, model);
      return "forum/mail-preferences";
    }
    watching.saveDelivery(readers.current(), form.chosen());
    redirect.addFlashAttribute("notice", "forum.prefs.saved");
    return "redirect:" + PATH;
  }

  private ForumWatching.Preferences load(Locale locale, Model model) {
    ForumWatching.Preferences preferences =
        watching.preferences(readers.current(), Language.of(locale).code());
    model.addAttribute("preferences", preferences);
    model.addAttribute("deliveries", List.of(ForumDelivery.values()));
    model.addAttribute(
        "overrides",
        List.of(
            ForumDelivery.PER_POST.name(),
            ForumDelivery.DAILY.name(),
            ForumDelivery.WEEKLY.name()));
    return preferences;
  }
}
