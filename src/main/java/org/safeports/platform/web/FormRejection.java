package org.safeports.platform.web;

/**
 * A business rule refused what a form carried: the address is taken, someone saved in between.
 * Thrown by a module's service (whose transaction then rolls back) and turned by {@link
 * FormErrors#accepted} into an error next to {@link #field()}, or above the form when the refusal
 * is about the whole of it ({@code field} null).
 */
public class FormRejection extends RuntimeException {

  private final String field;
  private final String code;

  protected FormRejection(String field, String code) {
    super(code);
    this.field = field;
    this.code = code;
  }

  /** The form field the refusal belongs to; null when it is about the whole form. */
  public String field() {
    return field;
  }

  /** The message key that says why. */
  public String code() {
    return code;
  }
}
