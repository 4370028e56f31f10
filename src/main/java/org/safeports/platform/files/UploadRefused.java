package org.safeports.platform.files;

/** An uploaded file that is refused, with the message key that tells the user why. */
public class UploadRefused extends Exception {

  private final String messageKey;
  private final transient Object[] arguments;

  public UploadRefused(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments;
  }
}
