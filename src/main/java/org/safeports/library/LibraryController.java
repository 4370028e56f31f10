package org.safeports.library;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.PortalUser;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.library.LibraryRecords.Version;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** The library as readers see it: the listing with filters and search, a document, its files. */
@Controller
class LibraryController {

  private final LibraryReading reading;
  private final LibraryService library;
  private final DocumentViews views;
  private final MemberStates memberStates;
  private final LibraryFilterOptions filterOptions;

  LibraryController(
      LibraryReading reading,
      LibraryService library,
      DocumentViews views,
      MemberStates memberStates,
      LibraryFilterOptions filterOptions) {
    this.filterOptions = filterOptions;
    this.reading = reading;
    this.library = library;
    this.views = views;
    this.memberStates = memberStates;
  }

  @GetMapping("/library")
  String list(
      @ModelAttribute("query") LibraryQuery query,
      BindingResult ignored,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    LibraryFilter filter = query.filter();
    LibrarySearch.Listing listing = reading.published(filter, viewer, Language.of(locale).code());
    model.addAttribute("filter", filter);
    model.addAttribute(
        "cards", views.cards(listing.rows(), listing.headlines(), viewer, locale, library.today()));
    model.addAttribute("total", listing.total());
    int pages =
        (int)
            Math.min(
                LibraryFilter.MAX_PAGE + 1,
                (listing.total() + LibraryFilter.PAGE_SIZE - 1) / LibraryFilter.PAGE_SIZE);
    model.addAttribute("pageNumber", filter.page());
    model.addAttribute("pages", pages);
    model.addAttribute("oasStates", memberStates.oasStates(locale));
    LibraryFilterOptions.Options options = filterOptions.current();
    model.addAttribute("ports", options.ports(filter.country(), filter.port()));
    model.addAttribute("years", options.years());
    model.addAttribute("documentTypes", DocumentType.all());
    model.addAttribute("hazardChoices", Hazard.all());
    model.addAttribute("languages", Language.all());
    model.addAttribute("previousHref", pageLink(filter, filter.page() - 1));
    model.addAttribute("nextHref", pageLink(filter, filter.page() + 1));
    model.addAttribute(
        "pageMeta", new PageMeta("Safeports", null, "/library", "website", alternates("/library")));
    return "library/list";
  }

  @GetMapping("/library/{id}")
  String document(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = Actor.of(user, viewer);
    String lang = Language.of(locale).code();
    LibraryReading.Page page = reading.page(id, actor, lang);
    Document document = page.document();
    List<Description> descriptions = page.descriptions();
    Description shown =
        descriptions.stream()
            .filter(d -> d.language().equals(lang))
            .findFirst()
            .or(
                () ->
                    descriptions.stream()
                        .filter(d -> d.language().equals(document.language()))
                        .findFirst())
            .orElseThrow(NotFoundException::new);
    boolean manages = page.manages();
    List<Version> versions = page.versions();
    boolean readable = document.accessLevel().readableBy(viewer) || manages;
    model.addAttribute("document", document);
    model.addAttribute("shown", shown);
    model.addAttribute("otherLanguages", descriptions.stream().filter(d -> d != shown).toList());
    model.addAttribute(
        "countryName",
        document.countryCode() == null ? null : memberStates.name(document.countryCode(), locale));
    model.addAttribute("versions", versions);
    model.addAttribute(
        "current",
        versions.stream()
            .filter(
                v ->
                    v.id()
                        == (document.currentVersionId() == null ? -1 : document.currentVersionId()))
            .findFirst()
            .orElse(null));
    model.addAttribute("readable", readable);
    model.addAttribute("manages", manages);
    model.addAttribute("reviewOverdue", document.reviewOverdue(library.today()));
    model.addAttribute(
        "related", views.cards(page.related(), Map.of(), viewer, locale, library.today()));
    model.addAttribute(
        "pageMeta",
        new PageMeta(
            shown.title(),
            shown.description().isBlank() ? null : abbreviate(shown.description()),
            "/library/" + document.id(),
            "article",
            alternates("/library/" + document.id())));
    return "library/document";
  }

  @GetMapping({"/library/{id}/download", "/library/{id}/versions/{number}/download"})
  void download(
      @PathVariable long id,
      @PathVariable(required = false) Integer number,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletResponse response)
      throws IOException {
    Actor actor = Actor.of(user, viewer);
    LibraryReading.FileToServe file = reading.file(id, number, actor);
    Document document = file.document();
    Version version = file.version();
    library.recordDownload(document, version, actor);
    response.setContentType(version.mediaType());
    response.setContentLengthLong(version.size());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(version.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader(
        HttpHeaders.CACHE_CONTROL,
        document.accessLevel() == AccessLevel.PUBLIC
            ? "public, max-age=3600"
            : "private, no-store");
    reading.write(version, response.getOutputStream());
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 197) + "…";
  }

  /** The address of another page of the same listing. */
  static String pageLink(LibraryFilter f, int page) {
    var uri = UriComponentsBuilder.fromPath("/library");
    query(f).forEach(uri::queryParam);
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }

  /** The current filter as query parameters. */
  static Map<String, Object> query(LibraryFilter f) {
    Map<String, Object> q = new LinkedHashMap<>();
    if (f.q() != null) q.put("q", f.q());
    if (f.country() != null) q.put("country", f.country());
    if (f.port() != null) q.put("port", f.port());
    if (f.hazard() != null) q.put("hazard", f.hazard().name());
    if (f.type() != null) q.put("type", f.type().name());
    if (f.language() != null) q.put("language", f.language());
    if (f.year() != null) q.put("year", f.year());
    if (!f.sortChoice().isEmpty()) q.put("sort", f.sortChoice());
    return q;
  }

  private static Map<String, String> alternates(String path) {
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Language l : Language.all()) {
      alternates.put(l.code(), path + "?lang=" + l.code());
    }
    return alternates;
  }
}
