package org.safeports.library;

/** An uploaded file the library will not take, with the message key that tells the user why. */
class UploadRefused extends Exception {

  private final String messageKey;
  private final transient Object[] arguments;

  UploadRefused(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  String messageKey() {
    return messageKey;
  }

  Object[] arguments() {
    return arguments;
  }
}
