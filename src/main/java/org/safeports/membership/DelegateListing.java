package org.safeports.membership;

/**
 * A country's delegate as its page lists them. The e-mail address and phone are shown to signed-in
 * members only (see {@link MemberStatePages}).
 */
record DelegateListing(
    String name, String position, String organisation, String email, String phone) {}
