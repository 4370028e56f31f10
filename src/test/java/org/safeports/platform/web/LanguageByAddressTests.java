package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.platform.PortalProperties;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A translation's address answers in its language whatever the cookie or the browser says, which is
 * how search engines and a colleague following a shared link arrive; lists keep following the
 * reader.
 */
@PortalTest
class LanguageByAddressTests {

  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"");

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired TestPieces pieces;
  @Autowired AnonymousPageCache cache;
  @Autowired PortalProperties properties;

  @Test
  void everyAddressOfTheSitemapAnswersInItsOwnLanguageToAVisitorWithoutCookie() throws Exception {
    String enSlug = TestContent.freshSlug("sitemap-news");
    String esSlug = TestContent.freshSlug("sitemap-noticia");
    long id = content.publishedNews(enSlug, "Sitemap news", "Body");
    content.translate(id, "es", esSlug, "Noticia del mapa", "Cuerpo", true);
    // The same words in Portuguese: the slug is Spanish's, Portuguese is reached by ?lang=pt.
    content.translate(id, "pt", esSlug, "Notícia do mapa", "Corpo", true);
    String piece = pieces.published("Sitemap piece " + System.nanoTime(), "Summary", "es");
    pieces.translate(piece, "pt", "Peça do mapa", "Resumo");

    Document sitemap = xml(org.safeports.support.Sitemaps.merged(new PortalClient(port)));
    Map<String, String> languageOf = new LinkedHashMap<>();
    NodeList urls = sitemap.getElementsByTagName("url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = url.getElementsByTagName("loc").item(0).getTextContent();
      languageOf.putIfAbsent(loc, "");
      NodeList links = url.getElementsByTagName("xhtml:link");
      for (int j = 0; j < links.getLength(); j++) {
        Element link = (Element) links.item(j);
        languageOf.put(link.getAttribute("href"), link.getAttribute("hreflang"));
      }
    }
    String base = properties.link("");
    assertThat(languageOf)
        .containsEntry(base + "/news/" + enSlug, "en")
        .containsEntry(base + "/news/" + esSlug, "es")
        .containsEntry(base + "/news/" + esSlug + "?lang=pt", "pt")
        .containsEntry(base + "/voices/" + piece + "?lang=es", "es")
        .containsEntry(base + "/voices/" + piece + "?lang=pt", "pt");
    assertThat(languageOf.keySet()).anyMatch(url -> url.startsWith(base + "/library/"));

    for (Map.Entry<String, String> address : languageOf.entrySet()) {
      String path = address.getKey().substring(base.length());
      String expected = address.getValue();
      // A reader whose browser asks for another language than the address's, with no cookie.
      PortalClient reader = new PortalClient(port).language(expected.equals("fr") ? "en" : "fr");
      Response answer = reader.get(path);
      assertThat(answer.status()).as(path).isEqualTo(200);
      if (!expected.isEmpty()) {
        assertThat(htmlLang(answer.body())).as(path).isEqualTo(expected);
      }
    }
  }

  @Test
  void aTranslationsAddressWinsOverTheCookieAndTheBrowser() {
    String enSlug = TestContent.freshSlug("address-news");
    String esSlug = TestContent.freshSlug("direccion-noticia");
    long id = content.publishedNews(enSlug, "Address news", "Body");
    content.translate(id, "es", esSlug, "Noticia por dirección", "Cuerpo", true);

    PortalClient frenchReader = new PortalClient(port).language("en");
    frenchReader.get("/?lang=fr");
    Response spanish = frenchReader.get("/news/" + esSlug);
    assertThat(spanish.status()).isEqualTo(200);
    assertThat(htmlLang(spanish.body())).isEqualTo("es");
    assertThat(spanish.body()).contains("Noticia por dirección");
    var page = Jsoup.parse(spanish.body());
    assertThat(page.select("nav.main-nav a[href=/news]").text())
        .as("the chrome is in the page's language")
        .isEqualTo("Noticias");
    assertThat(page.select("nav.languages a[hreflang=en]").attr("href"))
        .as("the switcher goes to the English text's address")
        .isEqualTo("/news/" + enSlug + "?lang=en");
    assertThat(page.select("nav.languages a[hreflang=es]").attr("href"))
        .isEqualTo("/news/" + esSlug + "?lang=es");
    for (var alternate : page.select("link[rel=alternate][hreflang]")) {
      String path = alternate.attr("href").substring(properties.link("").length());
      Response answer = new PortalClient(port).language("pt").get(path);
      assertThat(answer.status()).as("hreflang alternate %s", path).isEqualTo(200);
      assertThat(htmlLang(answer.body())).isEqualTo(alternate.attr("hreflang"));
    }

    Response english = new PortalClient(port).language("es").get("/news/" + enSlug);
    assertThat(english.status()).isEqualTo(200);
    assertThat(htmlLang(english.body())).isEqualTo("en");
    assertThat(english.body()).contains("Address news").doesNotContain("class=\"notice\"");

    assertThat(htmlLang(frenchReader.get("/news").body()))
        .as("lists keep following the reader's choice")
        .isEqualTo("fr");
  }

  @Test
  void aPortVoicesPieceNamesItsLanguagesAndEachAnswersInIt() {
    String piece = pieces.published("Alternates " + System.nanoTime(), "Summary", "es");
    pieces.translate(piece, "fr", "Pièce", "Résumé");
    var page = Jsoup.parse(new PortalClient(port).get("/voices/" + piece).body());
    var alternates = page.select("link[rel=alternate][hreflang]");
    assertThat(alternates.eachAttr("hreflang")).containsExactly("es", "fr");
    for (var alternate : alternates) {
      String path = alternate.attr("href").substring(properties.link("").length());
      Response answer = new PortalClient(port).language("pt").get(path);
      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(htmlLang(answer.body())).isEqualTo(alternate.attr("hreflang"));
    }
  }

  @Test
  void theSwitcherStillLeadsToTheChosenLanguage() {
    String enSlug = TestContent.freshSlug("switch-news");
    String esSlug = TestContent.freshSlug("cambio-noticia");
    long id = content.publishedNews(enSlug, "Switch news", "Body");
    content.translate(id, "es", esSlug, "Noticia del cambio", "Cuerpo", true);
    PortalClient reader = new PortalClient(port).language("en");
    assertThat(reader.get("/news/" + enSlug + "?lang=es").isRedirectTo("/news/" + esSlug)).isTrue();
    Response french = reader.get("/news/" + enSlug + "?lang=fr");
    assertThat(french.status()).isEqualTo(200);
    assertThat(htmlLang(french.body())).isEqualTo("fr");
    assertThat(french.body())
        .contains("<article lang=\"en\"")
        .contains("class=\"notice\"")
        .contains("Switch news");
  }

  @Test
  void theCacheKeepsATranslationUnderTheLanguageItIsWrittenIn() {
    String enSlug = TestContent.freshSlug("cached-news");
    String esSlug = TestContent.freshSlug("noticia-guardada");
    long id = content.publishedNews(enSlug, "Cached news", "Body");
    content.translate(id, "es", esSlug, "Noticia guardada", "Cuerpo", true);
    cache.enable(true);
    try {
      long before = cache.size();
      Response first = new PortalClient(port).language("en").get("/news/" + esSlug);
      Response second = new PortalClient(port).language("fr").get("/news/" + esSlug);
      Response third = new PortalClient(port).language("es").get("/news/" + esSlug);
      assertThat(htmlLang(first.body())).isEqualTo("es");
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(third.body()).isEqualTo(first.body());
      assertThat(cache.size()).as("one page, kept under Spanish").isEqualTo(before + 1);
      Response english = new PortalClient(port).language("es").get("/news/" + enSlug);
      assertThat(htmlLang(english.body())).isEqualTo("en");
    } finally {
      cache.enable(false);
    }
  }

  @Test
  void robotsTxtNamesTheSitemapAtThePublicAddress() {
    Response robots = new PortalClient(port).get("/robots.txt");
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.body())
        .contains("Disallow: /admin")
        .contains("Sitemap: " + properties.link("/sitemap.xml"));
  }

  @Test
  void listsMarkAPieceWrittenInAnotherLanguage() {
    String title = "Pedaço " + System.nanoTime();
    pieces.published(title, "Resumo em português", "pt");
    PortalClient frenchReader = new PortalClient(port).language("fr");
    for (String list : new String[] {"/voices", "/"}) {
      var page = Jsoup.parse(frenchReader.get(list).body());
      var heading = page.select("a:containsOwn(" + title + ")").first();
      assertThat(heading).as(list).isNotNull();
      assertThat(heading.attr("lang")).isEqualTo("pt");
      assertThat(heading.parent().parent().select(".fallback-note").text())
          .as("a visible label on %s", list)
          .contains("portugais");
    }
  }

  private static String htmlLang(String page) {
    Matcher lang = HTML_LANG.matcher(page);
    return lang.find() ? lang.group(1) : null;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
