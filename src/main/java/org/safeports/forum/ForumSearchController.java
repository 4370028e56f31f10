package org.safeports.forum;

import java.util.List;
import java.util.Locale;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forum's search page. Opening it without words shows the form; words that are empty or too
 * long are refused next to the field, and what was typed stays in it.
 */
@Controller
class ForumSearchController {

  private final ForumSearch search;
  private final ForumCategoryChoices categories;
  private final ForumReaders readers;

  ForumSearchController(ForumSearch search, ForumCategoryChoices categories, ForumReaders readers) {
    this.search = search;
    this.categories = categories;
    this.readers = readers;
  }

  @GetMapping("/forum/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page,
      org.springframework.web.context.request.WebRequest request,
      Model model,
      Locale locale) {
    ForumReader reader = readers.current();
    List<ForumCategoryChoices.Choice> choices =
        categories.readable(reader, Language.of(locale).code());
    // A category the reader may not read (or that does not exist) is dropped, never explained.
    String chosen =
        choices.stream()
            .map(ForumCategoryChoices.Choice::slug)
            .filter(s -> s.equals(category))
            .findFirst()
            .orElse(null);
    // Blank parameters arrive as null: whether words were asked for is whether "q" was sent.
    boolean asked = request.getParameter("q") != null;
    model.addAttribute("words", q);
    model.addAttribute("categoryChoices", choices);
    model.addAttribute("chosenCategory", chosen);
    String problem = asked ? ForumSearch.problemWith(q) : null;
    model.addAttribute("wordsError", problem);
    if (asked && problem == null) {
      ForumSearch.Results results = search.search(reader, q, chosen, page);
      model.addAttribute("results", results);
      model.addAttribute("previousHref", pageHref(q, chosen, results.page() - 1));
      model.addAttribute("nextHref", pageHref(q, chosen, results.page() + 1));
    }
    model.addAttribute(
        "pageMeta", new PageMeta("Safeports", null, null, "website", java.util.Map.of()));
    return "forum/find-search";
  }

  private static String pageHref(String q, String category, int page) {
    return UriComponentsBuilder.fromPath("/forum/search")
        .queryParam("q", q.strip())
        .queryParamIfPresent("category", java.util.Optional.ofNullable(category))
        .queryParam("page", page)
        .encode()
        .toUriString();
  }
}
