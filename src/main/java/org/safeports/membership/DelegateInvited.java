package org.safeports.membership;

import java.time.Instant;

/**
 * The secretariat invited someone with no account to be a member state's delegate: the mail with
 * the link is to go out in the invitee's language.
 *
 * @param email where the invitation goes
 * @param displayName the invitee's name as the secretariat typed it
 * @param language the language of the mail
 * @param countryCode the member state they are to represent
 * @param link the full link that accepts the invitation
 * @param expiresAt when the link stops working
 */
public record DelegateInvited(
    String email,
    String displayName,
    String language,
    String countryCode,
    String link,
    Instant expiresAt) {}
