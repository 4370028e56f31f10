package org.safeports.voices;

/**
 * A step of review that the author of a piece must hear about: changes requested, accepted,
 * declined, published, or the text edited by an editor.
 *
 * @param authorAccountId who wrote the piece
 * @param title the piece's title
 * @param step {@code changesRequested}, {@code accepted}, {@code declined}, {@code published} or
 *     {@code edited}
 * @param comment what the editor wrote, if anything
 * @param path where the author follows the piece
 */
public record PieceReviewed(
    long authorAccountId, String title, String step, String comment, String path) {}
