package org.safeports.search;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The index's screen: how many documents per source and language, the last rebuild, a rebuild. */
@Controller
class SearchAdminController {

  private final SearchIndexStatus status;
  private final SearchRebuild rebuild;
  private final SearchSources sources;

  SearchAdminController(SearchIndexStatus status, SearchRebuild rebuild, SearchSources sources) {
    this.status = status;
    this.rebuild = rebuild;
    this.sources = sources;
  }

  @GetMapping("/admin/search")
  String index(Model model) {
    var counts = status.counts();
    model.addAttribute("counts", counts);
    model.addAttribute(
        "total", counts.stream().mapToLong(SearchIndexStatus.SourceCount::documents).sum());
    model.addAttribute("lastRebuild", status.lastRebuild().orElse(null));
    model.addAttribute("sourceNames", sources.names());
    return "search/admin";
  }

  @PostMapping("/admin/search/rebuild")
  String rebuild(Authentication authentication, RedirectAttributes redirect) {
    rebuild.rebuild(authentication.getName());
    redirect.addFlashAttribute("notice", "search.admin.rebuilt");
    return "redirect:/admin/search";
  }
}
