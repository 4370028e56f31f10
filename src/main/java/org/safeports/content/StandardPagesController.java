package org.safeports.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The fixed addresses of the privacy notice, the accessibility statement and the associate members'
 * terms, which the footer links to. They have no language of their own, so, as for lists, the
 * reader's language (cookie, else the browser's) decides, and the answer sends them to that
 * translation's own address: the page is read, shared and indexed there, with its canonical address
 * and its alternates in the other languages.
 */
@Controller
class StandardPagesController {

  private final StandardPages pages;

  StandardPagesController(StandardPages pages) {
    this.pages = pages;
  }

  @GetMapping({"/privacy", "/accessibility", "/associate-terms"})
  ResponseEntity<Void> page(HttpServletRequest request, Locale locale) {
    String key = request.getRequestURI().substring(request.getContextPath().length() + 1);
    String path = pages.path(key, Language.of(locale).code()).orElseThrow(NotFoundException::new);
    return ResponseEntity.status(HttpStatus.FOUND)
        .header(HttpHeaders.LOCATION, request.getContextPath() + path)
        .header(HttpHeaders.VARY, "Accept-Language, Cookie")
        .build();
  }
}
