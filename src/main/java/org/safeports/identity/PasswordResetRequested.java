package org.safeports.identity;

/** Someone asked to reset the password of an existing account; the link goes to its owner. */
public record PasswordResetRequested(
    String email, String displayName, String language, String link) {}
