package org.safeports.platform.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every form: surrounding blanks trimmed, empty text is no value, ids never bound from a form. */
@ControllerAdvice
class FormBinding {

  private static final String[] PASSWORD_FIELDS = {
    "password", "confirmPassword", "currentPassword", "newPassword"
  };

  static final class AsTyped extends java.beans.PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      setValue(text);
    }
  }

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    // A password is taken exactly as typed, as the sign-in form (not bound here) takes it.
    for (String field : PASSWORD_FIELDS) {
      binder.registerCustomEditor(String.class, field, new AsTyped());
    }
    binder.setDisallowedFields("id");
  }
}
