package org.safeports.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. The form posts to Spring Security's filter; failures come back here. */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn() {
    return "identity/sign-in";
  }
}
