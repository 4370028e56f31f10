package org.safeports.membership;

import org.safeports.platform.web.FormRejection;

/** A rule of appointing delegates refused what the form carried. */
class DelegateRefusal extends FormRejection {

  DelegateRefusal(String field, String code) {
    super(field, code);
  }
}
