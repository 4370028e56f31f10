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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing in a topic: the reply form (with a quote), its preview, posting it with files, and the
 * author's edit and delete; the edit history for moderators.
 */
@Controller
class ForumPostController {

  private final ForumTopicReading reading;
  private final ForumPostWriting writing;
  private final ForumPosting posting;
  private final ForumAttachmentUploads uploads;
  private final ForumReaders readers;

  ForumPostController(
      ForumTopicReading reading,
      ForumPostWriting writing,
      ForumPosting posting,
      ForumAttachmentUploads uploads,
      ForumReaders readers) {
    this.reading = reading;
    this.writing = writing;
    this.posting = posting;
    this.uploads = uploads;
    this.readers = readers;
  }

  @GetMapping("/forum/t/{id}/reply")
  String replyForm(
      @PathVariable long id,
      @RequestParam(required = false) Long quote,
      Model model,
      Locale locale) {
    ForumReader reader = readers.current();
    TopicRows.TopicRow row = reading.topic(reader, id, Language.of(locale).code());
    String quoted =
        quote == null
            ? null
            : reading.quotable(reader, quote).map(TopicRows.Quoted::asMarkdown).orElse(null);
    ForumPostForms.replyForm(model, new ForumPostForm(quoted, Language.of(locale).code()));
    return replyPage(model, row);
  }

  @PostMapping("/forum/t/{id}/reply")
  String reply(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ForumPostForm form,
      BindingResult result,
      @RequestParam(defaultValue = "post") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    TopicRows.TopicRow row = reading.topic(reader, id, Language.of(locale).code());
    ForumPostForm typed = ForumPostForms.withLanguage(form, locale);
    if (intent.equals("preview") || result.hasErrors()) {
      return previewOrErrors(model, row, typed, result, intent);
    }
    List<ForumAttachmentUploads.NewAttachment> checked =
        uploads.check(form.files(), 0, result, locale);
    if (result.hasErrors()) {
      return previewOrErrors(model, row, typed, result, intent);
    }
    ForumPosting.Posted posted = writing.reply(reader, id, typed, checked);
    redirect.addFlashAttribute("notice", posted.held() ? "forum.post.held" : "forum.post.posted");
    return "redirect:"
        + row.topic().path()
        + "?from="
        + posted.number()
        + "#post-"
        + posted.number();
  }

  /** The preview without JavaScript: the reply form again, with the text as it will look. */
  @PostMapping("/forum/preview")
  String preview(
      @RequestParam long topic,
      @Valid @ModelAttribute("form") ForumPostForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    TopicRows.TopicRow row = reading.topic(readers.current(), topic, Language.of(locale).code());
    return previewOrErrors(
        model, row, ForumPostForms.withLanguage(form, locale), result, "preview");
  }

  @GetMapping("/forum/p/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ForumPostWriting.Editable post = writing.editable(readers.current(), id);
    ForumPostForms.replyForm(model, new ForumPostForm(post.markdown(), post.language()));
    model.addAttribute("post", post);
    return "forum/topic-edit";
  }

  @PostMapping("/forum/p/{id}/edit")
  String edit(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ForumPostForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ForumReader reader = readers.current();
    ForumPostWriting.Editable post = writing.editable(reader, id);
    ForumPostForm typed = ForumPostForms.withLanguage(form, locale);
    List<ForumAttachmentUploads.NewAttachment> checked =
        intent.equals("preview") || result.hasErrors()
            ? List.of()
            : uploads.check(form.files(), post.attachments(), result, locale);
    if (intent.equals("preview") || result.hasErrors()) {
      ForumPostForms.replyForm(model, typed);
      addPreview(model, typed, result, intent);
      model.addAttribute("post", post);
      return "forum/topic-edit";
    }
    ForumPostWriting.Editable saved = writing.edit(reader, id, typed, checked);
    redirect.addFlashAttribute("notice", "forum.post.saved");
    return "redirect:" + saved.topicPath() + "?from=" + saved.number() + "#post-" + saved.number();
  }

  @PostMapping("/forum/p/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    TopicRows.Target target = reading.post(readers.current(), id);
    writing.delete(readers.current(), id);
    redirect.addFlashAttribute("notice", "forum.post.deleted");
    return "redirect:" + target.address();
  }

  @GetMapping("/forum/p/{id}/history")
  String history(@PathVariable long id, Model model) {
    model.addAttribute("history", writing.history(readers.current(), id));
    return "forum/topic-history";
  }

  private String previewOrErrors(
      Model model,
      TopicRows.TopicRow row,
      ForumPostForm form,
      BindingResult result,
      String intent) {
    ForumPostForms.replyForm(model, form);
    addPreview(model, form, result, intent);
    return replyPage(model, row);
  }

  private void addPreview(Model model, ForumPostForm form, BindingResult result, String intent) {
    // A text over the limit gets its message, not a rendering of all of it.
    if (intent.equals("preview") && !result.hasFieldErrors("body") && form.body() != null) {
      model.addAttribute("preview", posting.render(form.body()));
    }
  }

  private static String replyPage(Model model, TopicRows.TopicRow row) {
    model.addAttribute("topic", row.topic());
    model.addAttribute("topicPath", row.topic().path());
    return "forum/topic-reply";
  }
}
