package org.safeports.content;

/**
 * Something visitors may see changed: an item's text, state or place. Search and caches listen.
 *
 * @param itemId the item
 * @param kind news or page
 */
public record ContentChanged(long itemId, ContentKind kind)
    implements org.safeports.platform.web.PublicPagesChanged {}
