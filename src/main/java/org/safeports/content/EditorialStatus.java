package org.safeports.content;

import java.util.Map;
import java.util.Set;

/**
 * The states of an item and the moves between them, in one place. Publishing with a future date
 * schedules: the item is published but shows only from that moment.
 */
public enum EditorialStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  /** The editor's actions and the state each leads to. */
  enum Action {
    SUBMIT,
    PUBLISH,
    UNPUBLISH,
    ARCHIVE,
    RESTORE_DRAFT;

    // A method, not a constructor argument: the two enums must not need each other to load.
    EditorialStatus target() {
      return switch (this) {
        case SUBMIT -> IN_REVIEW;
        case PUBLISH -> PUBLISHED;
        case UNPUBLISH, RESTORE_DRAFT -> DRAFT;
        case ARCHIVE -> ARCHIVED;
      };
    }
  }

  private static final Map<EditorialStatus, Set<Action>> ALLOWED =
      Map.of(
          DRAFT, Set.of(Action.SUBMIT, Action.PUBLISH, Action.ARCHIVE),
          IN_REVIEW, Set.of(Action.PUBLISH, Action.RESTORE_DRAFT, Action.ARCHIVE),
          PUBLISHED, Set.of(Action.UNPUBLISH, Action.ARCHIVE, Action.PUBLISH),
          ARCHIVED, Set.of(Action.RESTORE_DRAFT));

  Set<Action> allowedActions() {
    return ALLOWED.get(this);
  }

  boolean allows(Action action) {
    return ALLOWED.get(this).contains(action);
  }
}
