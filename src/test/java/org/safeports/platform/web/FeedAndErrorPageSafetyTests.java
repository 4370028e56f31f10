package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a feed reader and a malformed request get: text stays text in every feed, and the errors
 * Tomcat answers before the portal's filters carry the portal's security headers.
 */
@PortalTest
class FeedAndErrorPageSafetyTests {

  static final String PAYLOAD = "<img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired TestPieces pieces;

  @Test
  void markupInANewsSummaryReachesAnRssReaderAsText() throws Exception {
    String slug = TestContent.freshSlug("feed-xss");
    content.publishedNews(slug, "Drill " + PAYLOAD, "Body");
    String description = rssDescription("/feeds/news-en.rss", "/news/" + slug);
    assertNoElementIn(description);
    assertThat(description).contains("&lt;img");
  }

  @Test
  void markupInAPortVoicesSummaryReachesAnRssReaderAsText() throws Exception {
    String slug = pieces.published("Ports " + System.nanoTime(), "Summary " + PAYLOAD, "en");
    String description = rssDescription("/feeds/voices-en.rss", "/voices/" + slug);
    assertNoElementIn(description);
  }

  @Test
  void atomEntriesSayTheirTextIsTextAndNameTheirLanguage() throws Exception {
    String slug = TestContent.freshSlug("atom-xss");
    content.publishedNews(slug, "Atom " + PAYLOAD, "Body");
    Document atom = xml(new PortalClient(port).get("/feeds/news-es.atom").body());
    Element entry = entryLinkingTo(atom.getElementsByTagName("entry"), "/news/" + slug);
    Element title = (Element) entry.getElementsByTagName("title").item(0);
    Element summary = (Element) entry.getElementsByTagName("summary").item(0);
    assertThat(title.getAttribute("type")).isEqualTo("text");
    assertThat(summary.getAttribute("type")).isEqualTo("text");
    assertThat(summary.getTextContent()).isEqualTo("Summary of Atom " + PAYLOAD);
    assertThat(entry.getAttribute("xml:lang"))
        .as("an English item in the Spanish feed says it is English")
        .isEqualTo("en");
  }

  @Test
  void rssItemsNameTheirLanguage() throws Exception {
    String slug = TestContent.freshSlug("rss-language");
    content.publishedNews(slug, "Language", "Body");
    Document rss = xml(new PortalClient(port).get("/feeds/news-fr.rss").body());
    Element item = itemLinkingTo(rss, "/news/" + slug);
    assertThat(item.getElementsByTagName("dc:language").item(0).getTextContent()).isEqualTo("en");
  }

  @Test
  void anEncodedSlashGetsTheSecurityHeadersAndThePortalsPage() {
    PortalClient.Download answer = new PortalClient(port).language("es").download("/news%2Fx");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(answer.headers().firstValue("Permissions-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
    String page = new String(answer.body(), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("<html lang=\"es\"")
        .contains("/assets/css/site.css")
        .doesNotContain("Tomcat")
        .doesNotContain("Exception");
  }

  @Test
  void aMalformedRequestGetsTheSecurityHeadersToo() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /news|x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400");
      String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
      assertThat(head)
          .contains("content-security-policy: default-src 'self'")
          .contains("x-content-type-options: nosniff")
          .contains("x-frame-options: deny")
          .contains("permissions-policy: ");
      assertThat(answer).doesNotContain("Tomcat");
    }
  }

  /** The item's description as a reader gets it: XML unescaped once, HTML still to parse. */
  private String rssDescription(String feed, String path) throws Exception {
    Document rss = xml(new PortalClient(port).get(feed).body());
    Element item = itemLinkingTo(rss, path);
    return item.getElementsByTagName("description").item(0).getTextContent();
  }

  private static void assertNoElementIn(String html) {
    var body = Jsoup.parseBodyFragment(html).body();
    assertThat(body.children()).as("elements in %s", html).isEmpty();
    assertThat(body.text()).contains(PAYLOAD);
  }

  private static Element itemLinkingTo(Document rss, String path) {
    NodeList items = rss.getElementsByTagName("item");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      if (item.getElementsByTagName("link").item(0).getTextContent().endsWith(path)) {
        return item;
      }
    }
    throw new AssertionError("No item links to " + path);
  }

  private static Element entryLinkingTo(NodeList entries, String path) {
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      Element link = (Element) entry.getElementsByTagName("link").item(0);
      if (link.getAttribute("href").endsWith(path)) {
        return entry;
      }
    }
    throw new AssertionError("No entry links to " + path);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
