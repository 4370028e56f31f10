package org.safeports.identity;

/** How to reach a person: for modules that write to them. */
public record Contact(String email, String displayName, String language) {}
