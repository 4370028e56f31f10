package org.safeports.membership;

import org.safeports.platform.web.FormRejection;

/** A rule of associate membership refused what was typed: the form shows why, next to the field. */
class AssociateRejection extends FormRejection {

  AssociateRejection(String field, String code) {
    super(field, code);
  }
}
