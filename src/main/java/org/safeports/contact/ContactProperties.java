package org.safeports.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where contact messages go and how many the form takes.
 *
 * @param secretariatEmail the address the secretariat reads the contact form's mail at
 * @param secretariatLanguage the language that mail is written in
 * @param perAddressPerHour messages taken from one client address in an hour
 * @param perEmailPerHour messages taken for one sender's e-mail address in an hour
 */
@ConfigurationProperties("safeports.contact")
record ContactProperties(
    @DefaultValue("secretariat@safeports.org") String secretariatEmail,
    @DefaultValue("en") String secretariatLanguage,
    @DefaultValue("5") int perAddressPerHour,
    @DefaultValue("3") int perEmailPerHour) {}
