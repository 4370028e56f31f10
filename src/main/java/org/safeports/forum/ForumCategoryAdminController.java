package org.safeports.forum;

import jakarta.validation.Valid;
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

/** The secretariat's list of the forum's categories, and the form to add or change one. */
@Controller
@RequestMapping("/admin/forum/categories")
class ForumCategoryAdminController {

  private final ForumCategoryAdmin categories;

  ForumCategoryAdminController(ForumCategoryAdmin categories) {
    this.categories = categories;
  }

  @GetMapping
  String list(Model model, Locale locale) {
    model.addAttribute("rows", categories.list(locale.getLanguage()));
    return "forum/mod-categories";
  }

  @GetMapping("/new")
  String newForm(Model model, Locale locale) {
    model.addAttribute("category", ForumCategoryForm.empty());
    return form(null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("category") ForumCategoryForm category,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return form(null, model, locale);
    }
    var created = FormErrors.accepted(result, () -> categories.create(category));
    if (created.isEmpty()) {
      return form(null, model, locale);
    }
    redirect.addFlashAttribute("notice", "forum.admin.category.saved");
    return "redirect:/admin/forum/categories";
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("category", categories.form(id));
    return form(id, model, locale);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("category") ForumCategoryForm category,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    categories.form(id);
    if (result.hasErrors() || !FormErrors.accepted(result, () -> categories.update(id, category))) {
      return form(id, model, locale);
    }
    redirect.addFlashAttribute("notice", "forum.admin.category.saved");
    return "redirect:/admin/forum/categories";
  }

  private String form(Long id, Model model, Locale locale) {
    model.addAttribute("categoryId", id);
    model.addAttribute("parents", categories.parents(id, locale.getLanguage()));
    model.addAttribute("audiences", ForumAudience.values());
    model.addAttribute("languages", ForumCategoryForm.LANGUAGES);
    return "forum/mod-category";
  }
}
