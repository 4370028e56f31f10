package org.safeports.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.safeports.platform.web.PageNumber;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin's view of the audit log: filtered, paged, newest first, and exported as CSV. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

  static final int PAGE_SIZE = 50;
  private static final List<String> CSV_COLUMNS =
      List.of(
          "when",
          "accountId",
          "email",
          "name",
          "address",
          "module",
          "action",
          "objectType",
          "objectId",
          "before",
          "after",
          "detail");

  private final AuditLog log;
  private final AuditChanges changes;
  private final MessageSource messages;
  private final Clock clock;

  AuditController(AuditLog log, AuditChanges changes, MessageSource messages, Clock clock) {
    this.log = log;
    this.changes = changes;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @Valid @ModelAttribute("filter") AuditFilterForm form,
      BindingResult result,
      @RequestParam(defaultValue = "0") PageNumber page,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("modules", AuditAction.modules());
    model.addAttribute("objectTypes", AuditAction.objectTypes());
    if (!result.hasErrors()) {
      Page<AuditRecord> entries = log.find(form.filter(), PageRequest.of(page.value(), PAGE_SIZE));
      model.addAttribute("entries", entries);
      model.addAttribute("shown", changes.show(entries.getContent()));
      model.addAttribute("exportLink", exportLink(request));
    }
    return "platform/audit";
  }

  @GetMapping("/export")
  String export(
      @Valid @ModelAttribute("filter") AuditFilterForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    if (result.hasErrors()) {
      model.addAttribute("actions", AuditAction.values());
      model.addAttribute("modules", AuditAction.modules());
      model.addAttribute("objectTypes", AuditAction.objectTypes());
      model.addAttribute("objectTypes", AuditAction.objectTypes());
      return "platform/audit";
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"audit-log-"
            + LocalDate.now(clock.withZone(ZoneOffset.UTC))
            + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    List<String> header =
        CSV_COLUMNS.stream().map(c -> messages.getMessage("audit.csv." + c, null, locale)).toList();
    try (AuditCsv csv = new AuditCsv(response.getOutputStream(), header)) {
      log.forEach(form.filter(), csv::write);
    }
    return null;
  }

  /** The export of what the page shows: the same filter, whatever page the admin is on. */
  private static String exportLink(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromRequestUri(request)
        .replacePath("/admin/audit/export")
        .query(request.getQueryString())
        .replaceQueryParam("page")
        .replaceQueryParam("lang")
        .build()
        .toUriString()
        .replaceFirst("^[a-z]+://[^/]+", "");
  }

  /** For the template: every label key is checked by the bundle test. */
  static Stream<String> labelKeys() {
    return Stream.concat(
        Stream.concat(
            Stream.of(AuditAction.values()).map(a -> "audit.action." + a.name()),
            AuditAction.modules().stream().map(m -> "audit.module." + m)),
        Stream.concat(
            AuditAction.objectTypes().stream().map(t -> "audit.object." + t),
            CSV_COLUMNS.stream().map(c -> "audit.csv." + c)));
  }
}
