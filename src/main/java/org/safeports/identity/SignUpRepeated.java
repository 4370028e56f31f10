package org.safeports.identity;

/**
 * Someone tried to sign up with the address of an existing account. The page said nothing of it (it
 * must not reveal who has an account); the owner is told by e-mail instead.
 */
public record SignUpRepeated(
    String email, String displayName, String language, String signInLink, String resetLink) {}
