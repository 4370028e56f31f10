package org.safeports.voices;

/** Something visitors may see of a piece changed: for search and caches. */
public record PieceChanged(long pieceId) implements org.safeports.platform.web.PublicPagesChanged {}
