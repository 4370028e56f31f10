/**
 * Port Voices: opinion pieces written by port officials and other registered users, reviewed by the
 * secretariat, published (and translated) in the portal's languages.
 *
 * <p>Public API: {@link org.safeports.voices.PortVoicesDirectory}, {@link
 * org.safeports.voices.PieceCard} and the events {@link org.safeports.voices.PieceReviewed} and
 * {@link org.safeports.voices.PieceSubmitted}; {@link org.safeports.voices.PublishedPiece}, and
 * {@link org.safeports.voices.PieceDiscussions}, which a module that keeps discussions of pieces
 * implements.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Port Voices",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text",
      "platform::media",
      "membership",
      "identity",
      "search"
    })
package org.safeports.voices;
