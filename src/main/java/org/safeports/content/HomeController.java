package org.safeports.content;

import java.util.List;
import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.safeports.voices.PortVoicesDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a delegate opens first: the latest news, the sections, who sits on the TAG. */
@Controller
class HomeController {

  /** The areas of the TAG's work plan; each has its title and summary in the message bundles. */
  static final List<String> WORK_AREAS =
      List.of("mda", "contingency", "standards", "cooperation", "forum", "surveys", "conference");

  private final MemberStates memberStates;
  private final ContentQueries queries;
  private final PortVoicesDirectory voices;

  HomeController(MemberStates memberStates, ContentQueries queries, PortVoicesDirectory voices) {
    this.memberStates = memberStates;
    this.queries = queries;
    this.voices = voices;
  }

  @GetMapping("/")
  String home(Model model, Locale locale) {
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
