package org.safeports.forum;

import org.safeports.platform.web.FormRejection;

/**
 * A moderation form refused by a rule that belongs next to one of its fields (a slug taken, a
 * sub-category more open than its parent, a move that changes who reads the topic unconfirmed).
 */
class ForumModerationRefused extends FormRejection {

  ForumModerationRefused(String field, String code) {
    super(field, code);
  }
}
