package org.safeports.surveys;

import org.safeports.platform.web.FormRejection;

/** A survey rule refused a form: shown next to the field, or above the form when field is null. */
class SurveyRefused extends FormRejection {

  SurveyRefused(String field, String code) {
    super(field, code);
  }
}
