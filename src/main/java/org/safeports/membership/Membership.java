package org.safeports.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of a person's memberships: what it is, where it stands, for which country and what
 * (organisation or port facility), since when and until when.
 *
 * @param kind delegate, associate member or PFSO
 * @param state pending, active, expiring...
 * @param countryCode the member state it is for
 * @param detail the organisation (associate), the port facility (PFSO), or the position (delegate)
 * @param since when it was asked for (pending) or decided
 * @param until the last day it is in force, for memberships that expire; otherwise null
 */
public record Membership(
    MembershipKind kind,
    MembershipState state,
    String countryCode,
    String detail,
    Instant since,
    LocalDate until) {}
