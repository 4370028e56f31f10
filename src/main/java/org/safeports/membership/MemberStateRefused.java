package org.safeports.membership;

import org.safeports.platform.web.FormRejection;

/**
 * A save of a member state that the TAG's rules refuse (a chair that is not a member, no chair
 * left), or that would overwrite someone else's save ({@code field} null).
 */
class MemberStateRefused extends FormRejection {

  static final String CONFLICT = "membership.admin.conflict";

  MemberStateRefused(String field, String code) {
    super(field, code);
  }
}
