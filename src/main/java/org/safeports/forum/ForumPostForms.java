package org.safeports.forum;

import java.util.Locale;
import org.safeports.platform.web.Language;
import org.springframework.ui.Model;

/** What every page with a post form puts in its model: the form, its languages, its file limit. */
final class ForumPostForms {

  private ForumPostForms() {}

  /**
   * A form that came back from binding stays the one in the model: replacing it would drop its
   * binding result, and with it the errors next to the fields.
   */
  static void replyForm(Model model, ForumPostForm form) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    model.addAttribute("postLanguages", Language.all());
    model.addAttribute("maxFiles", ForumAttachmentUploads.MAX_FILES);
  }

  /** The form's language when it is one of the portal's; the page's language otherwise. */
  static ForumPostForm withLanguage(ForumPostForm form, Locale locale) {
    boolean known =
        form.language() != null
            && Language.fromCode(form.language())
                .filter(l -> l.code().equals(form.language()))
                .isPresent();
    return known ? form : new ForumPostForm(form.body(), Language.of(locale).code(), form.files());
  }
}
