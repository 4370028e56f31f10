package org.safeports.forum;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The link at the foot of every forum mail. Opened, it says what will stop and offers a button;
 * posted (by that button, or by a mail program's one-click unsubscribe, RFC 8058, which sends no
 * cookie and no CSRF token), it stops all forum mail. Works signed out: the token is the key. An
 * unknown token gets a page that says so, with status 404, and nothing else.
 */
@Controller
class ForumUnsubscribeController {

  private final ForumWatching watching;

  ForumUnsubscribeController(ForumWatching watching) {
    this.watching = watching;
  }

  @GetMapping("/forum/unsubscribe/{token}")
  ModelAndView confirm(@PathVariable String token) {
    if (!watching.knownToken(token)) {
      return unknown();
    }
    ModelAndView page = new ModelAndView("forum/mail-unsubscribe");
    page.addObject("token", token);
    return page;
  }

  @PostMapping("/forum/unsubscribe/{token}")
  ModelAndView unsubscribe(@PathVariable String token) {
    return watching.unsubscribe(token) ? new ModelAndView("forum/mail-unsubscribed") : unknown();
  }

  private static ModelAndView unknown() {
    return new ModelAndView("forum/mail-unsubscribe-unknown", HttpStatus.NOT_FOUND);
  }
}
