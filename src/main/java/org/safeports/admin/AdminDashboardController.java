package org.safeports.admin;

import org.safeports.identity.AccountDirectory;
import org.safeports.notifications.MailOutboxStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminDashboardController {

  private final AccountDirectory accounts;
  private final MailOutboxStatus mail;

  AdminDashboardController(AccountDirectory accounts, MailOutboxStatus mail) {
    this.accounts = accounts;
    this.mail = mail;
  }

  @GetMapping("/admin")
  String dashboard(Model model) {
    model.addAttribute("accountsByRole", accounts.countByRole());
    model.addAttribute("awaitingVerification", accounts.awaitingVerification());
    model.addAttribute("mailPending", mail.pending());
    model.addAttribute("mailFailed", mail.failed());
    return "admin/dashboard";
  }
}
