package org.safeports.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.safeports.platform.web.KeptPages;
import org.safeports.platform.web.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading a topic: its pages, the jump to the first unread post, links to posts, and files. */
@Controller
class ForumTopicController {

  private final ForumTopicReading reading;
  private final ForumReaders readers;
  private final ForumAttachments attachments;
  private final ForumWatching watching;
  private final ForumFeedLinks feedLinks;
  private final ForumPageParts parts;

  ForumTopicController(
      ForumTopicReading reading,
      ForumReaders readers,
      ForumAttachments attachments,
      ForumWatching watching,
      ForumFeedLinks feedLinks,
      ForumPageParts parts) {
    this.parts = parts;
    this.reading = reading;
    this.readers = readers;
    this.attachments = attachments;
    this.watching = watching;
    this.feedLinks = feedLinks;
  }

  @GetMapping({"/forum/t/{id}", "/forum/t/{id}/{slug}"})
  String topic(
      @PathVariable long id,
      @PathVariable(required = false) String slug,
      @RequestParam(defaultValue = "1") int from,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    ForumReader reader = readers.current();
    TopicRows.TopicRow row = reading.topic(reader, id, Language.of(locale).code());
    if (row.mergedIntoId() != null) {
      return "redirect:/forum/t/" + row.mergedIntoId();
    }
    String canonical = row.topic().path();
    if (!canonical.equals("/forum/t/" + id + (slug == null ? "" : "/" + slug))) {
      return "redirect:" + canonical + (from > 1 ? "?from=" + from : "");
    }
    TopicPage page = reading.page(reader, row, from);
    if (page.readingRecorded()) {
      // Their unread marks moved: their kept forum pages go, and this one is not kept.
      KeptPages.readerChanged(request);
    } else if (page.posts().stream().anyMatch(TopicPage.Post::editable)) {
      // An Edit link that lapses when the edit window closes, which nothing announces.
      KeptPages.notKept(request);
    }
    model.addAttribute("page", page);
    model.addAttribute("topicPath", canonical);
    model.addAttribute("signedIn", reader.signedIn());
    model.addAttribute(
        "postsPart",
        parts.topicPosts(page, canonical, reader.signedIn(), request, response, locale));
    if (reader.signedIn()) {
      model.addAttribute("watch", watching.of(reader, id));
    }
    model.addAttribute(
        ForumFeedLinks.MODEL_ATTRIBUTE, feedLinks.topic(id, row.topic().title(), locale));
    if (page.mayReply()) {
      ForumPostForms.replyForm(model, new ForumPostForm(null, Language.of(locale).code()));
    }
    return "forum/topic-page";
  }

  @GetMapping("/forum/t/{id}/unread")
  String unread(@PathVariable long id, Locale locale) {
    ForumReader reader = readers.current();
    TopicRows.TopicRow row = reading.topic(reader, id, Language.of(locale).code());
    if (row.mergedIntoId() != null) {
      return "redirect:/forum/t/" + row.mergedIntoId() + "/unread";
    }
    return "redirect:" + reading.firstUnread(reader, row).address();
  }

  @GetMapping("/forum/p/{id}")
  String post(@PathVariable long id) {
    return "redirect:" + reading.post(readers.current(), id).address();
  }

  @GetMapping("/forum/attachments/{id}/{fileName}")
  ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String fileName) {
    ForumAttachments.Served file = attachments.serve(id, fileName);
    ContentDisposition disposition =
        (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
        .body(file.content());
  }
}
