package org.safeports.membership;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The member states for everyone: the list with the map of the Americas and a table, and each
 * country's page ({@code /members/pe}; an upper-case code is sent to the lower-case address).
 */
@Controller
class MemberStatesController {

  private final MemberStatePages pages;

  MemberStatesController(MemberStatePages pages) {
    this.pages = pages;
  }

  @GetMapping("/members")
  String list(@ModelAttribute("viewer") Viewer viewer, Model model, Locale locale) {
    var states = pages.all(locale);
    model.addAttribute("shading", pages.shading(locale, viewer).orElse(null));
    model.addAttribute("states", states);
    model.addAttribute("drawn", MemberStatePages.drawingOrder(states));
    model.addAttribute("mapWidth", pages.mapWidth());
    model.addAttribute("mapHeight", pages.mapHeight());
    model.addAttribute(
        "tagCount", states.stream().filter(MemberStatePages.StateView::tagMember).count());
    model.addAttribute(
        "pageMeta", new PageMeta("Safeports", null, "/members", "website", alternates("/members")));
    return "membership/list";
  }

  @GetMapping("/members/{code}")
  Object country(
      @PathVariable String code,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    String lower = code.toLowerCase(Locale.ROOT);
    if (!lower.equals(code)) {
      RedirectView redirect = new RedirectView("/members/" + lower, true);
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      return redirect;
    }
    var page =
        pages
            .country(code.toUpperCase(Locale.ROOT), locale, viewer)
            .orElseThrow(NotFoundException::new);
    model.addAttribute("page", page);
    model.addAttribute("state", page.state());
    String path = page.state().path();
    model.addAttribute(
        "pageMeta", new PageMeta("Safeports", null, path, "website", alternates(path)));
    return "membership/country";
  }

  private static Map<String, String> alternates(String path) {
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language l : Language.all()) {
      alternates.put(l.code(), path + "?lang=" + l.code());
    }
    return alternates;
  }
}
