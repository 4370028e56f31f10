package org.safeports.content;

import jakarta.servlet.http.HttpServletRequest;
import org.safeports.platform.media.ImageRefusals;
import org.safeports.platform.media.WebImages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the content screens answer when a step is refused that no form field can show: back to the
 * item's page with the reason on top. Refusals that belong to a field (an address taken, someone
 * saved meanwhile) are shown on the form itself (FormErrors.accepted).
 */
@ControllerAdvice(basePackageClasses = ContentFailureAdvice.class)
class ContentFailureAdvice {

  @ExceptionHandler
  String actionRefused(ContentActionRefused refused, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", "content.status.notAllowed");
    return "redirect:/admin/content/" + refused.itemId();
  }

  @ExceptionHandler
  String restoreRefused(RestoreRefused refused, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", "content.history.restoreFailed");
    redirect.addAttribute("language", refused.language());
    return "redirect:/admin/content/" + refused.itemId() + "/history";
  }

  /** An upload that is not a usable image: back to the images of the item it was sent for. */
  @ExceptionHandler
  String imageRefused(
      WebImages.Refused refused, HttpServletRequest request, RedirectAttributes redirect) {
    return ImageRefusals.backToForm(refused, request, redirect, "#images");
  }
}
