package org.safeports.voices;

import jakarta.servlet.http.HttpServletRequest;
import org.safeports.platform.media.ImageRefusals;
import org.safeports.platform.media.WebImages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the Port Voices screens answer when a step is refused that no form field can show: back to
 * the piece (the author's page or the review page, whichever the step was sent from) with the
 * reason on top. A save made on top of someone else's is shown on the form itself
 * (FormErrors.accepted).
 */
@ControllerAdvice(basePackageClasses = VoicesFailureAdvice.class)
class VoicesFailureAdvice {

  @ExceptionHandler
  String notAllowed(
      NotAllowedException refused, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", "voices.notAllowed");
    return "redirect:" + pieceAddress(request, refused.pieceId());
  }

  /** An upload that is not a usable image: back to the author's piece it was sent for. */
  @ExceptionHandler
  String imageRefused(
      WebImages.Refused refused, HttpServletRequest request, RedirectAttributes redirect) {
    return ImageRefusals.backToForm(refused, request, redirect, "");
  }

  private static String pieceAddress(HttpServletRequest request, long pieceId) {
    return (request.getServletPath().startsWith("/admin/") ? "/admin/voices/" : "/voices/mine/")
        + pieceId;
  }
}
