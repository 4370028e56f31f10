package org.safeports.contact;

import org.safeports.platform.audit.AuditActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The secretariat's list of contact messages: newest first, each marked answered or closed. */
@Controller
@RequestMapping("/admin/contact")
class ContactAdminController {

  private final ContactService contact;

  ContactAdminController(ContactService contact) {
    this.contact = contact;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    ContactStatus filter = ContactStatus.of(status).orElse(null);
    model.addAttribute("messages", contact.page(filter, page));
    model.addAttribute("status", filter);
    model.addAttribute("statuses", ContactStatus.values());
    return "contact/admin-list";
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(name = "filter", required = false) String filter,
      @RequestParam(name = "page", defaultValue = "0") int page,
      RedirectAttributes redirect) {
    ContactStatus target = ContactStatus.of(status).orElse(null);
    if (target == null) {
      redirect.addFlashAttribute("alert", "contact.admin.statusUnknown");
    } else {
      AuditActor actor = AuditActor.current();
      String by = actor.name() != null ? actor.name() : actor.email();
      if (contact.changeStatus(id, target, by)) {
        redirect.addFlashAttribute("notice", "contact.admin.changed." + target.name());
      }
    }
    return "redirect:" + back(filter, page);
  }

  private static String back(String filter, int page) {
    UriComponentsBuilder back = UriComponentsBuilder.fromPath("/admin/contact");
    ContactStatus.of(filter).ifPresent(s -> back.queryParam("status", s.name()));
    if (page > 0) {
      back.queryParam("page", page);
    }
    return back.build().toUriString();
  }
}
