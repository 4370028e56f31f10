/**
 * Starting PostgreSQL for development and tests, and what every module's entities share: the
 * creation and change times and the optimistic-lock version ({@link
 * org.safeports.platform.database.TimestampedEntity}, {@link
 * org.safeports.platform.database.VersionedEntity}).
 */
@org.springframework.modulith.NamedInterface("database")
package org.safeports.platform.database;
