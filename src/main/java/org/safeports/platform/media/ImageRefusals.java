package org.safeports.platform.media;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one answer to an image upload that is not a usable image ({@link WebImages.Refused}), for the
 * modules' own advices: back to the page whose form sent it, with the reason next to its file field
 * ({@code imageError}) rather than at the top of the page. The upload is posted to the page's
 * address followed by {@code /images}.
 */
public final class ImageRefusals {

  private ImageRefusals() {}

  /**
   * @param anchor where on the page the file field is ({@code "#images"}), or empty
   * @return the redirect to the page the upload was sent from
   */
  public static String backToForm(
      WebImages.Refused refused,
      HttpServletRequest request,
      RedirectAttributes redirect,
      String anchor) {
    redirect.addFlashAttribute("imageError", refused.messageKey());
    return "redirect:" + request.getServletPath().replaceFirst("/images$", "") + anchor;
  }
}
