package org.safeports.identity;

/** A new account (or one asking again) must confirm its e-mail address by following a link. */
public record EmailVerificationRequested(
    String email, String displayName, String language, String link) {}
