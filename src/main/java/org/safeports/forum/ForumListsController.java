package org.safeports.forum;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum's lists: the category list, a category's topics, the latest and the unread topics, and
 * a person's activity. What the reader may read is the services' to decide; a category they may not
 * read is not found.
 */
@Controller
class ForumListsController {

  private final ForumCategoryLists categories;
  private final ForumTopicLists topics;
  private final ForumReaders readers;
  private final ForumWatching watching;
  private final ForumFeedLinks feedLinks;
  private final ForumPageParts parts;

  ForumListsController(
      ForumCategoryLists categories,
      ForumTopicLists topics,
      ForumReaders readers,
      ForumWatching watching,
      ForumFeedLinks feedLinks,
      ForumPageParts parts) {
    this.parts = parts;
    this.categories = categories;
    this.topics = topics;
    this.readers = readers;
    this.watching = watching;
    this.feedLinks = feedLinks;
  }

  @GetMapping("/forum")
  String home(
      Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
    ForumReader reader = readers.current();
    String language = Language.of(locale).code();
    ForumPageParts.Home home =
        new ForumPageParts.Home(
            locale,
            reader.signedIn(),
            categories.home(reader, language),
            topics.latest(reader, null, language, ForumTopicLists.LATEST_ON_HOME).rows());
    model.addAttribute("homePart", parts.home(home, request, response));
    model.addAttribute("reader", reader);
    model.addAttribute(ForumFeedLinks.MODEL_ATTRIBUTE, feedLinks.forum(locale));
    return "forum/lists-home";
  }

  @GetMapping("/forum/c/{slug}")
  String category(
      @PathVariable String slug,
      @RequestParam(required = false) String before,
      Model model,
      Locale locale) {
    ForumReader reader = readers.current();
    String language = Language.of(locale).code();
    ForumCategoryLists.CategoryPage page = categories.category(reader, slug, language);
    long id = page.category().id();
    model.addAttribute("page", page);
    model.addAttribute(
        "pinned",
        before == null ? topics.pinnedAndWaiting(reader, id, language) : java.util.List.of());
    model.addAttribute("slice", topics.topics(reader, id, before, language));
    model.addAttribute("firstPage", before == null);
    model.addAttribute("reader", reader);
    model.addAttribute("mayPost", reader.mayPost(page.category().audience()));
    if (reader.signedIn()) {
      model.addAttribute("watchingCategory", watching.watchesCategory(reader, id));
    }
    model.addAttribute(
        ForumFeedLinks.MODEL_ATTRIBUTE,
        feedLinks.category(page.category().slug(), page.category().name(), locale));
    return "forum/lists-category";
  }

  @GetMapping("/forum/latest")
  String latest(@RequestParam(required = false) String before, Model model, Locale locale) {
    ForumReader reader = readers.current();
    model.addAttribute(
        "slice",
        topics.latest(reader, before, Language.of(locale).code(), ForumTopicLists.TOPICS_PER_PAGE));
    model.addAttribute("firstPage", before == null);
    model.addAttribute("reader", reader);
    return "forum/lists-latest";
  }

  @GetMapping("/forum/unread")
  String unread(@RequestParam(required = false) String before, Model model, Locale locale) {
    ForumReader reader = readers.current();
    model.addAttribute("slice", topics.unread(reader, before, Language.of(locale).code()));
    model.addAttribute("firstPage", before == null);
    model.addAttribute("reader", reader);
    return "forum/lists-unread";
  }

  @PostMapping("/forum/unread/read")
  String markAllRead(RedirectAttributes redirect) {
    topics.markAllRead(readers.current());
    redirect.addFlashAttribute("notice", "forum.list.unread.marked");
    return "redirect:/forum/unread";
  }

  @GetMapping("/forum/u/{handle}")
  String person(
      @PathVariable String handle,
      @RequestParam(required = false) Long before,
      Model model,
      Locale locale) {
    ForumReader reader = readers.current();
    ForumTopicLists.Person person = topics.person(handle);
    model.addAttribute("person", person);
    model.addAttribute(
        "topics",
        before == null
            ? topics.topicsBy(reader, person.accountId(), Language.of(locale).code())
            : java.util.List.of());
    model.addAttribute("posts", topics.postsBy(reader, person.accountId(), before));
    model.addAttribute("firstPage", before == null);
    model.addAttribute("reader", reader);
    return "forum/lists-person";
  }
}
