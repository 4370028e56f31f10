package org.safeports.voices;

import java.time.Instant;

/** One review step as the pages show it. */
record StepView(Instant at, String actorName, String action, String comment) {

  static StepView of(PieceStep step) {
    return new StepView(step.at(), step.actorName(), step.action(), step.comment());
  }
}
