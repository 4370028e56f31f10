package org.safeports.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A form sent with a file over the servlet's limit ({@code spring.servlet.multipart.*}) gets the
 * portal's own page, status 413, in the reader's language, with a way back to the form.
 *
 * <p>Tomcat refuses such a body before anything is parsed, so the form's fields are lost with it
 * and its screen never runs (each screen refuses files over its own, smaller limit next to the
 * field, and the browser does before sending where JavaScript runs: {@code upload-size.js}). The
 * first thing to read a parameter used to be the CSRF check, which failed, and so did the error
 * page, which read parameters of the same broken body: Tomcat answered with its bare English page.
 * Here that failure is caught on its way out and turned into a 413, the error page is rendered over
 * a request that has no body to parse, and Tomcat reads the rest of the refused body so that the
 * browser, still sending, gets to see that page.
 */
@Configuration(proxyBeanMethods = false)
class OversizeUploads {

  /** The largest file the servlet takes, in MB, for the error page; set on oversize uploads. */
  static final String LIMIT_ATTRIBUTE = "uploadLimitMegabytes";

  /** The page the form was on, when the browser said and it is one of the portal's. */
  static final String BACK_ATTRIBUTE = "uploadBackPath";

  /** After the session filter (the error page shows who is signed in), before the security's. */
  private static final int ORDER = -110;

  @Bean
  FilterRegistrationBean<Filter> oversizeUploadFilter(
      ObjectProvider<MultipartConfigElement> multipart) {
    MultipartConfigElement limits = multipart.getIfAvailable();
    long maxFile = limits == null ? -1 : limits.getMaxFileSize();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Guard(maxFile));
    registration.setName("oversizeUploads");
    registration.setOrder(ORDER);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  /**
   * Tomcat reads the rest of an upload it refused (up to {@code server.tomcat.max-swallow-size})
   * instead of closing the connection: a browser still sending would show a connection error, not
   * the page. Tomcat's default is to close.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> swallowAbortedUploads() {
    return factory ->
        factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
  }

  static final class Guard implements Filter {

    private final long maxFileBytes;

    Guard(long maxFileBytes) {
      this.maxFileBytes = maxFileBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest request = (HttpServletRequest) req;
      HttpServletResponse response = (HttpServletResponse) res;
      if (request.getDispatcherType() == DispatcherType.ERROR) {
        if (Integer.valueOf(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE)
            .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
          describe(request);
          chain.doFilter(new WithoutBody(request), response);
        } else {
          chain.doFilter(request, response);
        }
        return;
      }
      if (!isMultipart(request)) {
        chain.doFilter(request, response);
        return;
      }
      // Tomcat checks the declared length before reading a byte, so a body declared too large
      // fails at once, when the CSRF check asks for its token; by then the security headers are
      // on the response, which a refusal made before that filter would lack.
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException | RuntimeException e) {
        if (!tooLarge(e) || response.isCommitted()) {
          throw e;
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
    }

    /** What the error page says: the limit when a file was sent, and where the form was. */
    private void describe(HttpServletRequest request) {
      if (isMultipart(request) && maxFileBytes > 0) {
        request.setAttribute(LIMIT_ATTRIBUTE, maxFileBytes / (1024 * 1024));
      }
      String back = samePortalPath(request.getHeader("Referer"), request.getServerName());
      if (back != null) {
        request.setAttribute(BACK_ATTRIBUTE, back);
      }
    }

    private static boolean isMultipart(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean tooLarge(Throwable e) {
      Throwable cause = e;
      for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
        if (cause instanceof SizeException || cause instanceof MaxUploadSizeExceededException) {
          return true;
        }
      }
      return false;
    }
  }

  /** The path and query of a referring page of this host, or null for anything else. */
  static String samePortalPath(String referer, String host) {
    if (referer == null || referer.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(referer.strip());
      if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)) {
        return null;
      }
      String path = uri.getRawPath();
      if (path == null || !path.startsWith("/") || path.startsWith("//")) {
        return null;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The refused request as the error page sees it: no parameters, no parts, no body. Reading any of
   * them from the real request would parse the oversize body again and fail again.
   */
  static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ServletInputStream() {
        @Override
        public int read() {
          return -1;
        }

        @Override
        public boolean isFinished() {
          return true;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("not asynchronous");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new StringReader(""));
    }
  }
}
