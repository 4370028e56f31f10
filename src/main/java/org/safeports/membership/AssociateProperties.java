package org.safeports.membership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many applications the form takes from one client address and for one e-mail address in an
 * hour (counted from the stored applications, so every instance sees the same counts).
 */
@ConfigurationProperties("safeports.membership.associates")
record AssociateProperties(
    @DefaultValue("5") int perAddressPerHour, @DefaultValue("3") int perEmailPerHour) {}
