package org.safeports.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's sitemap as a visitor with no cookie reads it: the index, then every file it names.
 */
public final class Sitemaps {

  private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

  private Sitemaps() {}

  /** The paths of the files the index names, in its order. */
  public static List<String> files(PortalClient client) {
    PortalClient.Response index = client.get("/sitemap.xml");
    if (index.status() != 200) {
      throw new AssertionError("/sitemap.xml answered " + index.status());
    }
    List<String> paths = new ArrayList<>();
    Matcher loc = LOC.matcher(index.body());
    while (loc.find()) {
      paths.add(URI.create(loc.group(1).replace("&amp;", "&")).getPath());
    }
    return paths;
  }

  /** Every file's {@code <url>} elements in one {@code urlset}, as a single sitemap would be. */
  public static String merged(PortalClient client) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (String path : files(client)) {
      PortalClient.Response file = client.get(path);
      if (file.status() != 200) {
        throw new AssertionError(path + " answered " + file.status());
      }
      String body = file.body();
      int start = body.indexOf('>', body.indexOf("<urlset")) + 1;
      int end = body.lastIndexOf("</urlset>");
      xml.append(body, start, end);
    }
    return xml.append("</urlset>\n").toString();
  }
}
