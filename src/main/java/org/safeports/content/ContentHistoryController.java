package org.safeports.content;

import org.safeports.identity.PortalUser;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An item's revisions in one language: list, compare two, restore one. */
@Controller
@RequestMapping("/admin/content/{id}")
class ContentHistoryController {

  private final ContentEditing editing;
  private final ContentEditorViews views;
  private final ContentAdminQueries adminQueries;

  ContentHistoryController(
      ContentEditing editing, ContentEditorViews views, ContentAdminQueries adminQueries) {
    this.editing = editing;
    this.views = views;
    this.adminQueries = adminQueries;
  }

  @GetMapping("/history")
  String history(
      @PathVariable long id,
      @RequestParam(name = "language", required = false) String lang,
      Model model) {
    String language =
        lang != null && Language.fromCode(lang).isPresent()
            ? lang
            : views.facts(id).originalLanguage();
    model.addAttribute("item", adminQueries.row(id));
    model.addAttribute("language", language);
    model.addAttribute("revisions", views.revisions(id, language));
    model.addAttribute("languages", Language.all());
    return "content/admin-history";
  }

  @GetMapping("/compare")
  String compare(
      @PathVariable long id,
      @RequestParam(name = "language") String lang,
      @RequestParam int from,
      @RequestParam int to,
      Model model) {
    var comparison = views.compare(id, lang, from, to);
    model.addAttribute("item", adminQueries.row(id));
    model.addAttribute("language", lang);
    model.addAttribute("older", comparison.older());
    model.addAttribute("newer", comparison.newer());
    model.addAttribute("rows", comparison.rows());
    return "content/admin-compare";
  }

  @PostMapping("/restore")
  String restore(
      @PathVariable long id,
      @RequestParam(name = "language") String lang,
      @RequestParam int number,
      @AuthenticationPrincipal PortalUser editor,
      RedirectAttributes redirect) {
    editing.restore(id, lang, number, editor.displayName());
    redirect.addFlashAttribute("notice", "content.history.restored");
    return "redirect:/admin/content/" + id + "/history?language=" + lang;
  }
}
