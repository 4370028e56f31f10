package org.safeports.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeports.membership.MemberStates;
import org.safeports.membership.Membership;
import org.safeports.membership.Memberships;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.web.CsvExport;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's user screen: find accounts, make them staff or not, disable or enable them, and see
 * the memberships that give a person who is not staff their role.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

  static final int PAGE_SIZE = 25;

  private final AccountService accounts;
  private final AccountAdministration administration;
  private final MemberStates memberStates;
  private final Memberships memberships;
  private final MessageSource messages;

  UserAdminController(
      AccountService accounts,
      AccountAdministration administration,
      MemberStates memberStates,
      Memberships memberships,
      MessageSource messages) {
    this.accounts = accounts;
    this.administration = administration;
    this.memberStates = memberStates;
    this.memberships = memberships;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) PortalRole role,
      @RequestParam(required = false) String country,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    String text = StringUtils.hasText(q) ? q.trim() : null;
    String countryCode = StringUtils.hasText(country) ? country : null;
    Page<AccountView> results =
        Paging.existing(
            administration.search(
                text, role, countryCode, Paging.request(page, PAGE_SIZE, Sort.by("email"))));
    model.addAttribute("results", results);
    model.addAttribute("q", text);
    model.addAttribute("role", role);
    model.addAttribute("country", countryCode);
    model.addAttribute("roles", PortalRole.values());
    model.addAttribute("countries", memberStates.oasStates(locale));
    return "identity/admin-users";
  }

  /** The filtered list, every page of it, for a spreadsheet. */
  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) PortalRole role,
      @RequestParam(required = false) String country,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    String text = StringUtils.hasText(q) ? q.trim() : null;
    String countryCode = StringUtils.hasText(country) ? country : null;
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"users.csv\"");
    List<String> header =
        Stream.of(
                "identity.field.name",
                "identity.field.email",
                "identity.field.organisation",
                "identity.account.role",
                "identity.field.country",
                "identity.admin.users.state")
            .map(key -> messages.getMessage(key, null, locale))
            .toList();
    try (CsvExport csv = new CsvExport(response.getOutputStream(), header)) {
      int page = 0;
      Page<AccountView> results;
      do {
        results =
            administration.search(
                text, role, countryCode, PageRequest.of(page++, 500, Sort.by("email")));
        for (AccountView a : results.getContent()) {
          csv.row(
              Arrays.asList(
                  a.displayName(),
                  a.email(),
                  a.organisation(),
                  a.role().name(),
                  a.countryCode(),
                  messages.getMessage(
                      "identity.admin.users."
                          + (a.enabled() ? (a.verified() ? "active" : "unverified") : "disabled"),
                      null,
                      locale)));
        }
      } while (results.hasNext());
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model, Locale locale) {
    AccountView account = accounts.view(id);
    PortalRole shown =
        UserRoleForm.OFFERED.contains(account.role()) ? account.role() : PortalRole.USER;
    model.addAttribute("form", new UserRoleForm(shown, account.countryCode()));
    return editPage(account, model, locale);
  }

  @PostMapping("/{id}/role")
  String changeRole(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser admin,
      @Valid @ModelAttribute("form") UserRoleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (form.country() != null && !accounts.isOasState(form.country())) {
      FormErrors.reject(result, "country", "identity.country.unknown");
    }
    if (form.role() != null && !UserRoleForm.OFFERED.contains(form.role())) {
      FormErrors.reject(result, "role", "identity.admin.role.fromMemberships");
    }
    if (id == admin.accountId() && form.role() != PortalRole.ADMIN) {
      FormErrors.reject(result, "role", "identity.admin.role.notYourself");
    }
    if (result.hasErrors()) {
      return editPage(accounts.view(id), model, locale);
    }
    administration.changeRole(id, form.role(), form.country());
    redirect.addFlashAttribute("notice", "identity.admin.role.saved");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/enabled")
  String setEnabled(
      @PathVariable long id,
      @RequestParam boolean enabled,
      @AuthenticationPrincipal PortalUser admin,
      RedirectAttributes redirect) {
    administration.setEnabled(id, enabled, admin.accountId());
    redirect.addFlashAttribute(
        "notice", enabled ? "identity.admin.enabled.done" : "identity.admin.disabled.done");
    return "redirect:/admin/users/" + id;
  }

  private String editPage(AccountView account, Model model, Locale locale) {
    model.addAttribute("account", account);
    model.addAttribute("roles", UserRoleForm.OFFERED);
    model.addAttribute("countries", memberStates.oasStates(locale));
    List<Membership> held = memberships.of(account.id());
    model.addAttribute("memberships", held);
    model.addAttribute(
        "membershipCountries",
        held.stream()
            .map(Membership::countryCode)
            .distinct()
            .collect(Collectors.toMap(c -> c, c -> memberStates.name(c, locale))));
    return "identity/admin-user";
  }
}
