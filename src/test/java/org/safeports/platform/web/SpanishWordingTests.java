package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spanish reader meets the group and its sections by their Spanish names (GTC, Voces Portuarias)
 * and dates as Spanish writes them ("12 de julio de 2010"), on the demo's own pages.
 */
@PortalTest
class SpanishWordingTests {

  private static final String MONTH =
      "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)";
  private static final Pattern LONG_DATE = Pattern.compile("\\d{1,2} de " + MONTH + " de \\d{4}");
  private static final Pattern DATE_WITHOUT_DE = Pattern.compile("\\d{1,2} " + MONTH + " \\d{4}");
  private static final Pattern ENGLISH_NAMES = Pattern.compile("\\bTAG\\b|Port Voices");

  /** The demo's news item announcing the section, written in Spanish on 12 July 2010. */
  private static final String ANNOUNCEMENT = "/news/nueva-seccion-voces-portuarias";

  @LocalServerPort int port;
  @Autowired TestContent content;

  PortalClient reader() {
    return new PortalClient(port).language("es");
  }

  Document page(String path) {
    Response response = reader().get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /** What the reader sees of the page: header, main part and footer. */
  static String mainText(Document page) {
    Element body = page.body();
    assertThat(body.selectFirst("main")).isNotNull();
    return body.text();
  }

  @Test
  void theHomePageAndTheNewsGiveDatesInSpanishAndTheSectionsSpanishName() {
    String home = mainText(page("/"));
    assertThat(home).contains("Voces Portuarias");
    assertThat(LONG_DATE.matcher(home).find()).as(home).isTrue();
    assertThat(DATE_WITHOUT_DE.matcher(home).find()).as(home).isFalse();

    String news = mainText(page("/news"));
    assertThat(LONG_DATE.matcher(news).find()).as(news).isTrue();
    assertThat(DATE_WITHOUT_DE.matcher(news).find()).as(news).isFalse();
  }

  @Test
  void anArticleGivesItsDateInSpanishAndIsSignedByTheSecretariatInSpanish() {
    Document article = page(ANNOUNCEMENT);
    Element published = article.selectFirst("main article header time");
    assertThat(published).isNotNull();
    assertThat(published.attr("datetime")).isEqualTo("2010-07-12");
    assertThat(published.text()).isEqualTo("12 de julio de 2010");
    assertThat(article.selectFirst("main article header .meta").text())
        .contains("Secretaría del GTC")
        .doesNotContain("Secretariat");
  }

  @Test
  void noSpanishPageNamesTheGroupOrItsSectionInEnglish() {
    Document voices = page("/voices");
    Element piece =
        voices.select("main a[href^=/voices/]").stream()
            .filter(a -> a.text().startsWith("ISO 28000 en puertos pequeños"))
            .findFirst()
            .orElseThrow();
    List<String> paths =
        List.of(
            "/",
            "/news",
            "/library",
            "/voices",
            ANNOUNCEMENT,
            "/pages/acerca-del-gtc",
            piece.attr("href"));
    for (String path : paths) {
      String text = mainText(page(path));
      assertThat(ENGLISH_NAMES.matcher(text).find())
          .as(
              "%s says %s",
              path, ENGLISH_NAMES.matcher(text).results().map(r -> r.group()).toList())
          .isFalse();
    }
  }

  @Test
  void theSpanishFeedSignsTheSecretariatsNewsInSpanish() {
    String esSlug = TestContent.freshSlug("aviso-de-la-secretaria");
    long id =
        content.publishedNewsBySecretariat(
            TestContent.freshSlug("secretariat-notice"), "Secretariat notice", "Body");
    content.translate(id, "es", esSlug, "Aviso de la Secretaría", "Cuerpo", true);
    content.publishedNews(TestContent.freshSlug("editor-notice"), "Editor notice", "Body");

    Document feed = Jsoup.parse(reader().get("/feeds/news-es.atom").body(), "", Parser.xmlParser());
    assertThat(authorOf(feed, "Aviso de la Secretaría")).isEqualTo("Secretaría del GTC");
    assertThat(authorOf(feed, "Editor notice")).isEqualTo("Test Editor");
    assertThat(
            authorOf(
                new PortalClient(port).get("/feeds/news-en.atom").body(), "Secretariat notice"))
        .isEqualTo("TAG Secretariat");
  }

  static String authorOf(String atom, String title) {
    return authorOf(Jsoup.parse(atom, "", Parser.xmlParser()), title);
  }

  static String authorOf(Document feed, String title) {
    return feed.select("entry").stream()
        .filter(e -> e.selectFirst("title").text().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + title))
        .selectFirst("author name")
        .text();
  }
}
