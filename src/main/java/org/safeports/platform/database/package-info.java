/** Starting PostgreSQL for development and tests. */
@org.springframework.modulith.NamedInterface("database")
package org.safeports.platform.database;
