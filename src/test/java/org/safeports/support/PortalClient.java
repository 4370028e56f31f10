package org.safeports.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: real HTTP to the running portal, its own cookies (so its own session
 * in the shared session store), redirects not followed, CSRF tokens taken from forms.
 */
public final class PortalClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String language = "en";

  public PortalClient(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  private PortalClient(String base, HttpClient http, String language) {
    this.base = base;
    this.http = http;
    this.language = language;
  }

  /**
   * The same browser (its cookies, so its session) talking to another instance on this machine: a
   * round-robin balancer sending its next request elsewhere.
   */
  public PortalClient onPort(int port) {
    return new PortalClient("http://localhost:" + port, http, language);
  }

  public PortalClient language(String language) {
    this.language = language;
    return this;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form with a CSRF token taken from a page of this session. */
  public Response post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.putIfAbsent("_csrf", csrfToken());
    return postRaw(path, withToken);
  }

  public Response post(String path, String... keyValues) {
    return post(path, pairs(keyValues));
  }

  /** Posts exactly the given fields, no CSRF token added. */
  public Response postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Uploads one file as a multipart form, with the CSRF token. */
  public Response upload(
      String path, String field, String fileName, String contentType, byte[] bytes) {
    return upload(path, Map.of(), field, fileName, contentType, bytes);
  }

  /** A multipart form: text fields, one file, and the CSRF token. */
  public Response upload(
      String path,
      Map<String, String> fields,
      String field,
      String fileName,
      String contentType,
      byte[] bytes) {
    String boundary = "----safeports" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrfToken());
    all.putAll(fields);
    StringBuilder head = new StringBuilder();
    all.forEach(
        (name, value) -> {
          for (String one : value.split("\u0000", -1)) {
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(one)
                .append("\r\n");
          }
        });
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(field)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: ")
        .append(contentType)
        .append("\r\n\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A file of a multipart form. */
  public record Part(String fileName, String contentType, byte[] bytes) {}

  /** A multipart form with several files under one field name (or none), and the CSRF token. */
  public Response uploadFiles(
      String path, Map<String, String> fields, String field, java.util.List<Part> files) {
    String boundary = "----safeports" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrfToken());
    all.putAll(fields);
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    for (Part file : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + file.fileName()
                  + "\"\r\nContent-Type: "
                  + file.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A file as it is served: status, bytes and headers. */
  public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Accept-Language", language)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String csrfToken() {
    Response page = get("/sign-in");
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    return m.group(1);
  }

  public Response signIn(String email, String password) {
    return post("/sign-in", "email", email, "password", password);
  }

  public static Map<String, String> pairs(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept-Language", language).header("Accept", "text/html").build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(), response.body(), response.headers().firstValue("Location"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** What came back: the status, the page, and where a redirect points (path only). */
  public record Response(int status, String body, Optional<String> location) {

    public String redirectPath() {
      return location.map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
    }

    public boolean isRedirectTo(String path) {
      String target = redirectPath();
      return (status == 302 || status == 303) && target != null && target.startsWith(path);
    }
  }
}
