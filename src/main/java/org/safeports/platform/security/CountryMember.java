package org.safeports.platform.security;

/**
 * A signed-in person as pages may tell them apart beyond their roles: the member state they belong
 * to (a delegate's country). What a page shows one person of a role and country it shows every
 * other person of that role and country, except their name and their forms' tokens.
 */
public interface CountryMember {

  /** The account's country (ISO 3166 alpha-2), or null. */
  String countryCode();
}
