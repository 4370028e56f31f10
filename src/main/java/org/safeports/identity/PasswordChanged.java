package org.safeports.identity;

/** The password of an account was changed or reset: its owner is told, in case it was not them. */
public record PasswordChanged(String email, String displayName, String language) {}
