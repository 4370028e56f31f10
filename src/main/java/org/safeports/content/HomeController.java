package org.safeports.content;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.membership.MemberStates;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.safeports.voices.PortVoicesDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The page a delegate opens first: the latest news, the sections, who sits on the TAG. */
@Controller
class HomeController {

  /** The areas of the TAG's work plan; each has its title and summary in the message bundles. */
  static final List<String> WORK_AREAS =
      List.of("mda", "contingency", "standards", "cooperation", "forum", "surveys", "conference");

  private final MemberStates memberStates;
  private final ContentQueries queries;
  private final PortVoicesDirectory voices;
  private final List<HomeActivity> activities;

  HomeController(
      MemberStates memberStates,
      ContentQueries queries,
      PortVoicesDirectory voices,
      List<HomeActivity> activities) {
    this.memberStates = memberStates;
    this.queries = queries;
    this.voices = voices;
    this.activities =
        activities.stream().sorted(Comparator.comparingInt(HomeActivity::order)).toList();
  }

  @GetMapping("/")
  String home(Model model, Locale locale, @ModelAttribute("viewer") Viewer viewer) {
    model.addAttribute(
        "activities",
        activities.stream()
            .map(activity -> activity.of(locale, viewer))
            .flatMap(Optional::stream)
            .toList());
    model.addAttribute("members", memberStates.tagMembers(locale));
    model.addAttribute("chair", memberStates.chair(locale).orElse(null));
    model.addAttribute("workAreas", WORK_AREAS);
    model.addAttribute("latestNews", queries.news(Language.of(locale).code(), null, 0, 4));
    model.addAttribute("latestPiece", voices.latest(Language.of(locale).code()).orElse(null));
    model.addAttribute(
        "pageMeta",
        new PageMeta("Safeports", null, "/", "website", PublicContentController.alternates("/")));
    return "content/home";
  }
}
