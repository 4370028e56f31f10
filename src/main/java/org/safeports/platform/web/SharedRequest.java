package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.safeports.platform.security.Viewer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * A signed-in page's request as a shared render sees it: the CSRF token and the viewer's name are
 * markers (random per process), which {@link SharedBody} cuts the page at, so that the stored page
 * holds nothing of the person it was first rendered for. The markers are only read through this
 * wrapper: the request underneath (and an error page rendered from it) keeps the real ones.
 */
final class SharedRequest extends HttpServletRequestWrapper {

  private static final SecureRandom RANDOM = new SecureRandom();

  static final String CSRF_MARKER = marker("csrf");
  static final String NAME_MARKER = marker("name");

  private static final String CSRF_ATTRIBUTE = CsrfToken.class.getName();
  private static final String CSRF_PARAMETER = "_csrf";

  private final CsrfToken token;
  private final Viewer viewer;

  SharedRequest(HttpServletRequest request, Viewer viewer) {
    super(request);
    CsrfToken real = (CsrfToken) request.getAttribute(CSRF_ATTRIBUTE);
    this.token =
        real == null
            ? null
            : new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), CSRF_MARKER);
    this.viewer = viewer.sharedAs(NAME_MARKER);
  }

  @Override
  public Object getAttribute(String name) {
    if (CSRF_ATTRIBUTE.equals(name) || CSRF_PARAMETER.equals(name)) {
      return token;
    }
    if (Viewer.SHARED_PAGE.equals(name)) {
      return viewer;
    }
    return super.getAttribute(name);
  }

  private static String marker(String what) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return "sp" + what + HexFormat.of().formatHex(random);
  }
}
