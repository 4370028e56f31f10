package org.safeports.content;

import java.util.List;
import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a delegate opens first: what the TAG is, who sits on it, what it works on. */
@Controller
class HomeController {

  /** The areas of the TAG's work plan; each has its title and summary in the message bundles. */
  static final List<String> WORK_AREAS =
      List.of("mda", "contingency", "standards", "cooperation", "forum", "surveys", "conference");

  private final MemberStates memberStates;

  HomeController(MemberStates memberStates) {
    this.memberStates = memberStates;
  }

  @GetMapping("/")
  String home(Model model, Locale locale) {
    model.addAttribute("members", memberStates.tagMembers(locale));
    model.addAttribute("chair", memberStates.chair(locale).orElse(null));
    model.addAttribute("workAreas", WORK_AREAS);
    return "content/home";
  }
}
