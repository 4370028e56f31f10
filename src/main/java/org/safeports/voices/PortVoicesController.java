package org.safeports.voices;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.FeedWriter;
import org.safeports.platform.web.Language;
import org.safeports.platform.web.PageMeta;
import org.safeports.platform.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Port Voices as visitors read it: the list with its filters, each piece, the feeds. */
@Controller
class PortVoicesController {

  static final int PER_PAGE = 10;

  private final PortVoicesDirectory directory;
  private final PortVoicesReading reading;
  private final MemberStates memberStates;
  private final PortalProperties properties;
  private final MessageSource messages;
  private final RoleHierarchy roleHierarchy;
  private final PieceLeadImages leadImages;
  private final List<PieceDiscussions> discussions;

  PortVoicesController(
      RoleHierarchy roleHierarchy,
      PortVoicesDirectory directory,
      PortVoicesReading reading,
      MemberStates memberStates,
      PortalProperties properties,
      MessageSource messages,
      PieceLeadImages leadImages,
      List<PieceDiscussions> discussions) {
    this.roleHierarchy = roleHierarchy;
    this.discussions = discussions;
    this.directory = directory;
    this.reading = reading;
    this.memberStates = memberStates;
    this.properties = properties;
    this.messages = messages;
    this.leadImages = leadImages;
  }

  @GetMapping("/voices")
  String list(
      @RequestParam(required = false) String topic,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String language,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    String lang = Language.of(locale).code();
    String t = topic != null && VoicesTopics.ALL.contains(topic) ? topic : null;
    String c = country != null && memberStates.isOasState(country) ? country : null;
    String l =
        language != null
                && Language.fromCode(language).filter(x -> x.code().equals(language)).isPresent()
            ? language
            : null;
    int current = Paging.page(page);
    long total = directory.countPublished(t, c, l);
    int offset = Paging.offset(current, PER_PAGE, total);
    model.addAttribute("pieces", directory.published(lang, t, c, l, offset, PER_PAGE));
    model.addAttribute("topic", t);
    model.addAttribute("country", c);
    model.addAttribute("language", l);
    model.addAttribute("topics", VoicesTopics.ALL);
    model.addAttribute("countries", memberStates.oasStates(locale));
    model.addAttribute("languages", Language.all());
    model.addAttribute("page", current);
    model.addAttribute("pages", (total + PER_PAGE - 1) / PER_PAGE);
    model.addAttribute(
        "pageMeta", new PageMeta("Port Voices", null, "/voices", "website", java.util.Map.of()));
    return "voices/list";
  }

  @GetMapping("/voices/{slug}")
  String piece(@PathVariable String slug, Model model, Locale locale) {
    var readable = reading.published(slug).orElseThrow(NotFoundException::new);
    Piece piece = readable.piece();
    String lang = Language.of(locale).code();
    List<PieceTranslation> published = readable.published();
    PieceTranslation wanted =
        published.stream().filter(t -> t.language().equals(lang)).findFirst().orElse(null);
    boolean original = wanted == null || lang.equals(piece.language());
    model.addAttribute("piece", PieceView.of(piece, original ? null : wanted));
    model.addAttribute("fallback", wanted == null && !lang.equals(piece.language()));
    model.addAttribute(
        "otherLanguages", otherLanguages(piece, published, original ? piece.language() : lang));
    model.addAttribute("countryName", memberStates.name(piece.countryCode(), locale));
    model.addAttribute(
        "leadImage",
        leadImages
            .forPage(piece.id(), original ? piece.language() : lang, piece.language())
            .orElse(null));
    model.addAttribute("hasPhoto", readable.hasPhoto());
    model.addAttribute(
        "discussionPath",
        discussions.stream()
            .flatMap(d -> d.discussionOf(piece.id(), slug).stream())
            .findFirst()
            .orElse(null));
    model.addAttribute(
        "pageMeta",
        new PageMeta(
            piece.title(),
            piece.summary(),
            "/voices/" + slug,
            "article",
            alternates(piece, published)));
    return "voices/piece";
  }

  /**
   * The image of a piece and its author's photo: public once the piece is; else for its author and
   * editors.
   */
  @GetMapping("/voices/images/{pieceId}/{kind}")
  ResponseEntity<byte[]> image(
      @PathVariable long pieceId,
      @PathVariable String kind,
      @RequestParam(name = "v", required = false) Integer revision,
      Authentication authentication) {
    var image = served(pieceId, kind, authentication).orElseThrow(NotFoundException::new);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .cacheControl(caching(image, revision))
        .body(image.bytes());
  }

  /**
   * A smaller copy of the piece's lead image, for {@code srcset}: for whoever may see the image. An
   * image from before the copies were made has none: the image itself answers.
   */
  @GetMapping("/voices/images/{pieceId}/piece/{width}")
  ResponseEntity<byte[]> variant(
      @PathVariable long pieceId,
      @PathVariable int width,
      @RequestParam(name = "v", required = false) Integer revision,
      Authentication authentication) {
    var image = served(pieceId, "piece", authentication).orElseThrow(NotFoundException::new);
    CacheControl caching = caching(image, revision);
    return leadImages
        .variant(pieceId, width)
        .map(
            v ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(v.contentType()))
                    .cacheControl(caching)
                    .body(v.bytes()))
        .orElseGet(
            () ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(image.contentType()))
                    .cacheControl(caching)
                    .body(image.bytes()));
  }

  private java.util.Optional<PortVoicesReading.ServedImage> served(
      long pieceId, String kind, Authentication authentication) {
    Long accountId =
        authentication != null && authentication.getPrincipal() instanceof PortalUser user
            ? user.accountId()
            : null;
    return reading.image(
        pieceId, kind, Viewer.of(authentication, roleHierarchy).has("EDITOR"), accountId);
  }

  /**
   * A published piece's image for a year under an address with its current revision (a new file has
   * a new address), else for an hour; an unpublished piece's never kept.
   */
  private static CacheControl caching(PortVoicesReading.ServedImage image, Integer revision) {
    if (!image.visibleToVisitors()) {
      return CacheControl.noStore().cachePrivate();
    }
    return revision != null && revision == image.revision()
        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
        : CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
  }

  @GetMapping("/feeds/voices-{lang}.rss")
  ResponseEntity<String> rss(@PathVariable String lang) {
    Language language = FeedWriter.languageOf(lang);
    return FeedWriter.response(
        FeedWriter.rss(feed(language, "rss"), entries(language)), "application/rss+xml");
  }

  @GetMapping("/feeds/voices-{lang}.atom")
  ResponseEntity<String> atom(@PathVariable String lang) {
    Language language = FeedWriter.languageOf(lang);
    return FeedWriter.response(
        FeedWriter.atom(feed(language, "atom"), entries(language)), "application/atom+xml");
  }

  /** The piece in each language it can be read in; one address, so each is {@code ?lang=}. */
  private static java.util.Map<String, String> alternates(
      Piece piece, List<PieceTranslation> published) {
    java.util.Map<String, String> alternates = new java.util.LinkedHashMap<>();
    alternates.put(piece.language(), "/voices/" + piece.slug() + "?lang=" + piece.language());
    for (PieceTranslation t : published) {
      alternates.putIfAbsent(t.language(), "/voices/" + piece.slug() + "?lang=" + t.language());
    }
    return alternates;
  }

  private List<PieceView.LanguageLink> otherLanguages(
      Piece piece, List<PieceTranslation> published, String shown) {
    List<PieceView.LanguageLink> links = new java.util.ArrayList<>();
    if (!piece.language().equals(shown)) {
      links.add(
          new PieceView.LanguageLink(
              piece.language(), "/voices/" + piece.slug() + "?lang=" + piece.language()));
    }
    for (PieceTranslation t : published) {
      if (!t.language().equals(shown)) {
        links.add(
            new PieceView.LanguageLink(
                t.language(), "/voices/" + piece.slug() + "?lang=" + t.language()));
      }
    }
    return links;
  }

  private FeedWriter.Feed feed(Language language, String kind) {
    return new FeedWriter.Feed(
        messages.getMessage(
            "voices.feed.title",
            new Object[] {language.locale().getDisplayLanguage(language.locale())},
            language.locale()),
        messages.getMessage("voices.intro", null, language.locale()),
        language.code(),
        properties.link("/voices?lang=" + language.code()),
        properties.link("/feeds/voices-" + language.code() + "." + kind));
  }

  private List<FeedWriter.Entry> entries(Language language) {
    return directory.published(language.code(), null, null, null, 0, 20).stream()
        .map(
            card ->
                new FeedWriter.Entry(
                    "tag:safeports.org,2010:voices-" + card.id(),
                    card.title(),
                    properties.link(card.path()),
                    card.summary(),
                    card.authorName(),
                    card.publishedAt(),
                    card.language()))
        .toList();
  }
}
