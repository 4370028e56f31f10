package org.safeports.membership;

import java.util.Locale;
import org.safeports.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's screen of member states: the list, and one state's form (TAG member or not, chair,
 * date joined). Admins only: these are the facts the whole portal shows about the TAG.
 */
@Controller
@RequestMapping("/admin/members/states")
class MemberStateAdminController {

  private final MemberStateEditing editing;
  private final MemberStatePages pages;

  MemberStateAdminController(MemberStateEditing editing, MemberStatePages pages) {
    this.editing = editing;
    this.pages = pages;
  }

  @GetMapping
  String list(Model model, Locale locale) {
    model.addAttribute("states", pages.all(locale));
    return "membership/admin-states";
  }

  @GetMapping("/{code}")
  String edit(@PathVariable String code, Model model, Locale locale) {
    MemberStateRow row = editing.one(code);
    model.addAttribute("form", MemberStateForm.of(row));
    return page(row, model, locale);
  }

  @PostMapping("/{code}")
  String save(
      @PathVariable String code,
      @ModelAttribute("form") MemberStateForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    MemberStateRow row = editing.one(code);
    if (result.hasErrors()) {
      return page(row, model, locale);
    }
    var saved = FormErrors.accepted(result, () -> editing.save(row.code(), form));
    if (saved.isEmpty()) {
      if (FormErrors.refusedWith(result, MemberStateRefused.CONFLICT)) {
        // What was typed stays; the next save is made knowingly on top of the other one.
        MemberStateRow now = editing.one(code);
        form.setVersion(now.version());
        model.addAttribute("current", now);
        return page(now, model, locale);
      }
      return page(row, model, locale);
    }
    redirect.addFlashAttribute(
        "notice", saved.get() ? "membership.admin.saved" : "membership.admin.unchanged");
    return "redirect:/admin/members/states";
  }

  private String page(MemberStateRow row, Model model, Locale locale) {
    model.addAttribute("state", pages.state(row.code(), locale).orElseThrow());
    return "membership/admin-state";
  }
}
