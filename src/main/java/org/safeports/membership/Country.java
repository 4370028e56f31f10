package org.safeports.membership;

/**
 * An OAS member state, named in the reader's language.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name the country's name in the requested language
 * @param tagMember whether it is a member of the TAG on Port Security
 * @param chair whether it chairs the TAG
 */
public record Country(String code, String name, boolean tagMember, boolean chair) {}
