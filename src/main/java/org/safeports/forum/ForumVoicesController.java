package org.safeports.forum;

import org.safeports.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** From a Port Voices piece to its discussion; not found while the piece has none. */
@Controller
class ForumVoicesController {

  private final ForumPieceTopics pieceTopics;
  private final ForumReaders readers;

  ForumVoicesController(ForumPieceTopics pieceTopics, ForumReaders readers) {
    this.pieceTopics = pieceTopics;
    this.readers = readers;
  }

  @GetMapping("/forum/voices/{pieceSlug}")
  String discussion(@PathVariable String pieceSlug) {
    return "redirect:"
        + pieceTopics.topicPathOf(pieceSlug, readers.current()).orElseThrow(NotFoundException::new);
  }
}
