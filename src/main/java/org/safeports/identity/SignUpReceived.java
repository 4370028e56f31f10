package org.safeports.identity;

/**
 * A sign-up was answered; {@code created} says whether it made a new account or found the address
 * taken. Only identity listens: the answer was the same either way, what follows is not.
 */
record SignUpReceived(String email, boolean created) {}
