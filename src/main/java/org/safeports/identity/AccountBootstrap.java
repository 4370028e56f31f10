package org.safeports.identity;

import java.util.List;
import org.safeports.platform.DemoMode;
import org.safeports.platform.security.PortalRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The accounts a portal starts with. In the demo, one per role, so a newcomer can look around;
 * outside it, none, except the first admin when {@code SAFEPORTS_BOOTSTRAP_ADMIN_EMAIL} and {@code
 * SAFEPORTS_BOOTSTRAP_ADMIN_PASSWORD} are set and no admin exists yet.
 */
@Component
class AccountBootstrap {

  static final String DEMO_PASSWORD = "harbour-demo-2026";

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

  record DemoAccount(
      String email,
      String name,
      String organisation,
      String country,
      PortalRole role,
      String port,
      String language) {}

  static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount(
              "admin@demo.safeports.org",
              "Ana Torres",
              "TAG Secretariat, OAS/CIP",
              "US",
              PortalRole.ADMIN,
              null,
              "es"),
          new DemoAccount(
              "editor@demo.safeports.org",
              "Michael Grant",
              "TAG Secretariat, OAS/CIP",
              "US",
              PortalRole.EDITOR,
              null,
              "en"),
          new DemoAccount(
              "delegate@demo.safeports.org",
              "Lucía Fernández",
              "Autoridad Portuaria Nacional",
              "PE",
              PortalRole.DELEGATE,
              null,
              "es"),
          new DemoAccount(
              "delegate.br@demo.safeports.org",
              "Beatriz Nogueira",
              "Secretaria Nacional de Portos",
              "BR",
              PortalRole.DELEGATE,
              null,
              "pt"),
          new DemoAccount(
              "pfso@demo.safeports.org",
              "João Almeida",
              "Porto de Santos",
              "BR",
              PortalRole.PFSO,
              "Terminal de Contêineres, Santos",
              "pt"),
          new DemoAccount(
              "associate@demo.safeports.org",
              "Carlos Méndez",
              "Business Alliance for Secure Commerce",
              "CR",
              PortalRole.ASSOCIATE,
              null,
              "es"),
          new DemoAccount(
              "user@demo.safeports.org",
              "Marie-Claire Joseph",
              "Autorité Portuaire Nationale",
              "HT",
              PortalRole.USER,
              null,
              "fr"));

  private final AccountService accounts;
  private final Passwords passwords;
  private final DemoMode demoMode;
  private final Environment environment;

  AccountBootstrap(
      AccountService accounts, Passwords passwords, DemoMode demoMode, Environment environment) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.demoMode = demoMode;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void createStartingAccounts() {
    if (demoMode.isEnabled()) {
      for (DemoAccount demo : DEMO_ACCOUNTS) {
        if (!accounts.exists(demo.email())) {
          accounts.createVerified(
              demo.email(),
              demo.name(),
              demo.organisation(),
              demo.country(),
              DEMO_PASSWORD,
              demo.role(),
              demo.port(),
              demo.language());
        }
      }
      StringBuilder list =
          new StringBuilder("\n\n  Demo accounts (password " + DEMO_PASSWORD + "):\n");
      for (DemoAccount demo : DEMO_ACCOUNTS) {
        list.append(String.format("    %-32s %s, %s%n", demo.email(), demo.role(), demo.country()));
      }
      log.info(list.toString());
    }
    createFirstAdminIfAsked();
  }

  private void createFirstAdminIfAsked() {
    String email = environment.getProperty("safeports.bootstrap-admin.email");
    String password = environment.getProperty("safeports.bootstrap-admin.password");
    if (!StringUtils.hasText(email) || !StringUtils.hasText(password) || accounts.anyAdmin()) {
      return;
    }
    var problem = passwords.passwordProblem(password, email);
    if (problem.isPresent()) {
      log.error("The first admin was not created: its password breaks the rule {}", problem.get());
      return;
    }
    String country = environment.getProperty("safeports.bootstrap-admin.country", "US");
    accounts.createVerified(
        email, "Administrator", "TAG Secretariat", country, password, PortalRole.ADMIN, null, "en");
    log.info("Created the first admin account {}; sign in and change its password", email);
  }
}
