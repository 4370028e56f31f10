package org.safeports.voices;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a piece and, in {@link #allows}, every move between them, for the author and for
 * the editors. This is the only place that decides who may do what to a piece.
 */
enum PieceStatus {
  DRAFT,
  SUBMITTED,
  CHANGES_REQUESTED,
  ACCEPTED,
  PUBLISHED,
  DECLINED,
  WITHDRAWN;

  /** Who acts on a piece. */
  enum Actor {
    AUTHOR,
    EDITOR
  }

  /** What can be done to a piece. */
  enum Action {
    EDIT,
    SUBMIT,
    WITHDRAW,
    COMMENT,
    REQUEST_CHANGES,
    ACCEPT,
    DECLINE,
    PUBLISH,
    UNPUBLISH;

    /** The state an action leads to; editing and commenting leave it as it is. */
    PieceStatus from(PieceStatus current) {
      return switch (this) {
        case EDIT, COMMENT -> current;
        case SUBMIT -> SUBMITTED;
        case WITHDRAW -> WITHDRAWN;
        case REQUEST_CHANGES -> CHANGES_REQUESTED;
        case ACCEPT, UNPUBLISH -> ACCEPTED;
        case DECLINE -> DECLINED;
        case PUBLISH -> PUBLISHED;
      };
    }
  }

  Set<Action> allowed(Actor actor) {
    if (actor == Actor.AUTHOR) {
      return switch (this) {
        case DRAFT, CHANGES_REQUESTED -> EnumSet.of(Action.EDIT, Action.SUBMIT, Action.WITHDRAW);
        case SUBMITTED, ACCEPTED -> EnumSet.of(Action.WITHDRAW);
        case PUBLISHED, DECLINED, WITHDRAWN -> EnumSet.noneOf(Action.class);
      };
    }
    return switch (this) {
      case SUBMITTED ->
          EnumSet.of(
              Action.EDIT,
              Action.COMMENT,
              Action.REQUEST_CHANGES,
              Action.ACCEPT,
              Action.DECLINE,
              Action.PUBLISH);
      case ACCEPTED ->
          EnumSet.of(
              Action.EDIT, Action.COMMENT, Action.REQUEST_CHANGES, Action.DECLINE, Action.PUBLISH);
      case PUBLISHED -> EnumSet.of(Action.EDIT, Action.COMMENT, Action.UNPUBLISH);
      case DRAFT, CHANGES_REQUESTED, DECLINED, WITHDRAWN -> EnumSet.noneOf(Action.class);
    };
  }

  boolean allows(Actor actor, Action action) {
    return allowed(actor).contains(action);
  }

  /** Editors see a piece once its author has submitted it. */
  boolean visibleToEditors() {
    return this != DRAFT;
  }
}
