package org.safeports.membership;

import java.util.Locale;
import org.safeports.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A member state's membership history, for everyone: delegates appointed and removed. */
@Controller
class MembershipHistoryController {

  private final DelegateHistory history;

  MembershipHistoryController(DelegateHistory history) {
    this.history = history;
  }

  @GetMapping("/members/{code}/history")
  String history(
      @PathVariable String code,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    Country country = history.country(code, locale).orElseThrow(NotFoundException::new);
    model.addAttribute("country", country);
    model.addAttribute("history", history.page(country.code(), page));
    return "membership/history";
  }
}
