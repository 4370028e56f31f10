package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the form fragments write into a page: the error summary, the field wiring, the filters. */
@PortalTest
class FormFieldsTests {

  @LocalServerPort int port;

  @Test
  void aFormWithErrorsOpensWithTheirListEachALinkToItsFieldInPageOrder() {
    String page =
        new PortalClient(port)
            .post(
                "/sign-up",
                "displayName",
                "Pierre Louis",
                "email",
                "not-an-address",
                "organisation",
                "",
                "country",
                "HT",
                "password",
                "short",
                "confirmPassword",
                "short")
            .body();

    assertThat(page).contains("class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus");
    assertThat(page)
        .contains("There is a problem")
        .doesNotContain("Some fields need your attention");
    int summary = page.indexOf("class=\"error-summary\"");
    int email = page.indexOf("href=\"#email\"");
    int organisation = page.indexOf("href=\"#organisation\"");
    int password = page.indexOf("href=\"#password\"");
    assertThat(summary).isPositive().isLessThan(email);
    assertThat(email).isLessThan(organisation);
    assertThat(organisation).isLessThan(password);
    assertThat(page).doesNotContain("href=\"#displayName\"");

    // Label, hint, error, then the control, which names both.
    int label = page.indexOf("<label for=\"email\"");
    int hint = page.indexOf("id=\"email-hint\"");
    int error = page.indexOf("id=\"email-error\"");
    int input = page.indexOf("<input type=\"email\" id=\"email\"");
    assertThat(label).isPositive().isLessThan(hint);
    assertThat(hint).isLessThan(error);
    assertThat(error).isLessThan(input);
    String emailInput = page.substring(input, page.indexOf('>', input));
    assertThat(emailInput)
        .contains("name=\"email\"")
        .contains("value=\"not-an-address\"")
        .contains("aria-invalid=\"true\"")
        .contains("aria-describedby=\"email-hint email-error\"")
        .contains("required");
    assertThat(page).containsPattern("class=\"field has-error\"");

    // A field without an error is not marked, and the name typed is kept.
    int nameInput = page.indexOf("id=\"displayName\"");
    String displayName =
        page.substring(page.lastIndexOf('<', nameInput), page.indexOf('>', nameInput));
    assertThat(displayName).contains("value=\"Pierre Louis\"").doesNotContain("aria-invalid");
    assertThat(page).doesNotContain("value=\"short\"");
  }

  @Test
  void aFormWithoutErrorsHasNoSummary() {
    String page = new PortalClient(port).get("/sign-up").body();
    assertThat(page).doesNotContain("error-summary\"").contains("<form");
    assertThat(page).doesNotContain("aria-invalid");
  }

  @Test
  void aFilterFormOffersToClearItsFiltersOnlyWhenSomeAreSet() {
    PortalClient admin = new PortalClient(port);
    admin.signIn("admin@demo.safeports.org", "harbour-demo-2026");

    String unfiltered = admin.get("/admin/users").body();
    assertThat(unfiltered)
        .contains("method=\"get\" role=\"search\" class=\"filters\"")
        .doesNotContain("Clear filters");

    String filtered = admin.get("/admin/users?role=DELEGATE").body();
    assertThat(filtered).contains("<a href=\"/admin/users\">Clear filters</a>");
    assertThat(filtered).containsPattern("<option value=\"DELEGATE\" selected=\"selected\">");
  }
}
