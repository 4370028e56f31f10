package org.safeports.identity;

/**
 * Someone asked for a reset or verification link for an address, which may have no account. Only
 * identity listens, after the answer was given.
 */
record AccountLinkAsked(AccountToken.Purpose purpose, String email) {}
