package org.safeports.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML on the server. Raw HTML in the Markdown is shown as text, and what the renderer
 * produces goes through an allow-list (OWASP Java HTML Sanitizer) before it is stored: only
 * formatting, links with safe schemes, images from the portal or https, and tables survive.
 */
@Component
public class MarkdownRenderer {

  private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,80}");
  private static final Pattern LINK =
      Pattern.compile("(?i)(https?://|mailto:|/(?!/)|#)[^\\s\"'<>]*");
  private static final Pattern IMAGE = Pattern.compile("(?i)(https://|/media/)[^\\s\"'<>]*");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "code",
              "pre",
              "blockquote",
              "a",
              "img",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "del")
          .allowAttributes("id")
          .matching(SAFE_ID)
          .onElements("h2", "h3", "h4", "h5", "h6")
          .allowAttributes("href")
          .matching(LINK)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "img")
          .allowAttributes("src")
          .matching(IMAGE)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("align")
          .matching(Pattern.compile("left|right|center"))
          .onElements("th", "td")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final TextContentRenderer textRenderer;

  public MarkdownRenderer() {
    List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();
    this.textRenderer = TextContentRenderer.builder().build();
  }

  /**
   * Renders and sanitises. A level-one heading in the text becomes level two: the page has its
   * title.
   */
  public SafeHtml render(String markdown) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
              heading.setLevel(2);
            }
            super.visit(heading);
          }
        });
    String html = sanitise(renderer.render(document));
    return new SafeHtml(html, headingsOf(html));
  }

  /** The text without any markup, for summaries, feeds and search. */
  public String plainText(String markdown) {
    return textRenderer.render(parser.parse(markdown == null ? "" : markdown)).trim();
  }

  /** Sanitises HTML from any source with the same allow-list. */
  public String sanitise(String html) {
    return POLICY.sanitize(html);
  }

  /**
   * Gives each heading an id made of plain letters, digits and hyphens ("Código PBIP" becomes
   * "codigo-pbip"), unique in the document, so that the table of contents can link to it.
   */
  private static final class HeadingIds implements AttributeProvider {
    private final java.util.Set<String> used = new java.util.HashSet<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Heading heading) {
        String text = TextContentRenderer.builder().build().render(heading);
        String base = Slugs.of(text, 60);
        if (base.isEmpty()) {
          base = "section";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
          id = base + "-" + n;
        }
        attributes.put("id", id);
      }
    }
  }

  private static final Pattern HEADING =
      Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);

  /** The second- and third-level headings of sanitised HTML, for a table of contents. */
  public static List<SafeHtml.Heading> headingsOf(String html) {
    List<SafeHtml.Heading> found = new ArrayList<>();
    var m = HEADING.matcher(html == null ? "" : html);
    while (m.find()) {
      String text =
          m.group(3)
              .replaceAll("<[^>]+>", "")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&#34;", "\"")
              .replace("&#39;", "'")
              .replace("&amp;", "&");
      found.add(new SafeHtml.Heading(Integer.parseInt(m.group(1)), m.group(2), text));
    }
    return found;
  }
}
