package org.safeports.platform.web;

/**
 * An event saying that something anonymous visitors may see has changed. Modules' change events
 * implement it, and the cache of anonymous pages empties itself once the change is committed.
 */
public interface PublicPagesChanged {}
