package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The privacy notice, the accessibility statement and the associate members' terms: on every
 * install, at a fixed address that leads to the reader's language, and out of the main navigation.
 */
@PortalTest
class StandardPagesTests {

  @LocalServerPort int port;
  @Autowired StandardPages pages;

  @Test
  void eachFixedAddressLeadsToThePageInTheReadersLanguage() {
    String[][] expected = {
      {"/privacy", "en", "/pages/privacy", "Privacy notice"},
      {"/privacy", "es", "/pages/privacidad", "Aviso de privacidad"},
      {"/privacy", "pt", "/pages/privacidade", "Aviso de privacidade"},
      {"/privacy", "fr", "/pages/confidentialite", "Avis de confidentialité"},
      {"/accessibility", "es", "/pages/accesibilidad", "Declaración de accesibilidad"},
      {"/accessibility", "fr", "/pages/accessibilite", "Déclaration d’accessibilité"},
      {"/associate-terms", "en", "/pages/associate-member-terms", "Terms for associate members"},
      {"/associate-terms", "pt", "/pages/termos-membros-associados", "Termos para os membros"},
    };
    for (String[] row : expected) {
      PortalClient reader = new PortalClient(port).language(row[1]);
      Response fixed = reader.get(row[0]);
      assertThat(fixed.status()).as(row[0] + " in " + row[1]).isEqualTo(302);
      assertThat(fixed.redirectPath()).isEqualTo(row[2]);
      // The translation's own address answers in its language to anyone, with its alternates.
      Response page = new PortalClient(port).language("en").get(row[2]);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body())
          .contains("<html lang=\"" + row[1] + "\"")
          .contains(row[3])
          .containsPattern("rel=\"canonical\" href=\"https?://[^\"/]+" + row[2] + "\"")
          .contains("hreflang=\"es\"")
          .contains("hreflang=\"fr\"");
    }
  }

  @Test
  void thePagesExistOnceAndAreNotWrittenAgain() {
    for (String key : StandardPages.KEYS) {
      assertThat(pages.itemId(key)).as(key).isPresent();
      assertThat(pages.writeIfMissing(key)).as(key).isFalse();
    }
  }

  @Test
  void theyStayOutOfTheMainNavigationAndAreInTheSitemap() {
    String home = new PortalClient(port).get("/").body();
    assertThat(home).doesNotContain("href=\"/pages/privacy\"");
    String sitemap = org.safeports.support.Sitemaps.merged(new PortalClient(port));
    assertThat(sitemap)
        .contains("/pages/privacidad</loc>")
        .contains("/pages/accessibilite</loc>")
        .contains("/contact?lang=es</loc>")
        .contains("/feeds</loc>");
  }

  @Test
  void theTextsLinkToTheContactFormWithTheirTopic() {
    // The sanitiser writes "=" in a link as a character reference; the browser reads the same link.
    assertThat(
            org.jsoup.Jsoup.parse(new PortalClient(port).get("/pages/privacy").body())
                .select("main a[href='/contact?topic=PRIVACY']"))
        .isNotEmpty();
    assertThat(
            org.jsoup.Jsoup.parse(new PortalClient(port).get("/pages/accesibilidad").body())
                .select("main a[href='/contact?topic=ACCESSIBILITY']"))
        .isNotEmpty();
    String form = new PortalClient(port).get("/contact?topic=ACCESSIBILITY").body();
    assertThat(form).contains("value=\"ACCESSIBILITY\" selected");
  }

  @Test
  void theFeedsSayWhatTheyHoldAndInWhichLanguage() {
    PortalClient reader = new PortalClient(port).language("en");
    String list = reader.get("/feeds").body();
    assertThat(list)
        .contains("href=\"/feeds/news-es.rss\"")
        .contains("Safeports — news in Spanish (RSS)")
        .contains("Safeports — Port Voices in French (Atom)")
        .contains("href=\"/feeds/voices-pt.atom\"");
    assertThat(new PortalClient(port).language("es").get("/feeds").body())
        .contains("Safeports — noticias en portugués (RSS)");
    assertThat(reader.get("/feeds/news-es.rss").body())
        .contains("<title>Safeports — noticias en español</title>");
    assertThat(reader.get("/feeds/voices-fr.atom").body())
        .contains("<title type=\"text\">Safeports — Voix portuaires en français</title>");
    assertThat(new PortalClient(port).language("pt").get("/news").body())
        .contains("title=\"Safeports — notícias em português (RSS)\"");
  }
}
