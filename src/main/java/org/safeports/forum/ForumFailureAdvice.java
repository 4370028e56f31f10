package org.safeports.forum;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the forum's screens answer when a step is refused for a reason no form field can show (a
 * locked topic, an edit after its window): back to the page the step was sent from, with the reason
 * on top. Not-found stays not-found: it is never explained.
 */
@ControllerAdvice(basePackageClasses = ForumFailureAdvice.class)
class ForumFailureAdvice {

  @ExceptionHandler
  String refused(ForumRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("alert", refused.messageKey());
    return "redirect:" + backTo(request);
  }

  /**
   * The forum page the step came from: its topic for topic steps, the post in its topic for post
   * steps (edit, delete), the forum's home otherwise.
   */
  private static String backTo(HttpServletRequest request) {
    String path = request.getServletPath();
    java.util.regex.Matcher moderated =
        java.util.regex.Pattern.compile("^/admin/forum/topics/(\\d+)").matcher(path);
    if (moderated.find()) {
      return "/admin/forum/topics/" + moderated.group(1);
    }
    if (path.startsWith("/admin/forum")) {
      return "/admin/forum";
    }
    java.util.regex.Matcher topic =
        java.util.regex.Pattern.compile("^/forum/t/(\\d+)").matcher(path);
    if (topic.find()) {
      return "/forum/t/" + topic.group(1);
    }
    java.util.regex.Matcher post =
        java.util.regex.Pattern.compile("^/forum/p/(\\d+)/").matcher(path);
    return post.find() ? "/forum/p/" + post.group(1) : "/forum";
  }
}
