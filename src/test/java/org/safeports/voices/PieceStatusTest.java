package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.voices.PieceStatus.Action.*;
import static org.safeports.voices.PieceStatus.Actor.AUTHOR;
import static org.safeports.voices.PieceStatus.Actor.EDITOR;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every move of every state, for the author and for the editors, against a table written out here.
 */
class PieceStatusTest {

  static final Map<PieceStatus, Set<PieceStatus.Action>> AUTHOR_MAY =
      Map.of(
          PieceStatus.DRAFT, EnumSet.of(EDIT, SUBMIT, WITHDRAW),
          PieceStatus.CHANGES_REQUESTED, EnumSet.of(EDIT, SUBMIT, WITHDRAW),
          PieceStatus.SUBMITTED, EnumSet.of(WITHDRAW),
          PieceStatus.ACCEPTED, EnumSet.of(WITHDRAW),
          PieceStatus.PUBLISHED, EnumSet.noneOf(PieceStatus.Action.class),
          PieceStatus.DECLINED, EnumSet.noneOf(PieceStatus.Action.class),
          PieceStatus.WITHDRAWN, EnumSet.noneOf(PieceStatus.Action.class));

  static final Map<PieceStatus, Set<PieceStatus.Action>> EDITOR_MAY =
      Map.of(
          PieceStatus.DRAFT, EnumSet.noneOf(PieceStatus.Action.class),
          PieceStatus.CHANGES_REQUESTED, EnumSet.noneOf(PieceStatus.Action.class),
          PieceStatus.SUBMITTED,
              EnumSet.of(EDIT, COMMENT, REQUEST_CHANGES, ACCEPT, DECLINE, PUBLISH),
          PieceStatus.ACCEPTED, EnumSet.of(EDIT, COMMENT, REQUEST_CHANGES, DECLINE, PUBLISH),
          PieceStatus.PUBLISHED, EnumSet.of(EDIT, COMMENT, UNPUBLISH),
          PieceStatus.DECLINED, EnumSet.noneOf(PieceStatus.Action.class),
          PieceStatus.WITHDRAWN, EnumSet.noneOf(PieceStatus.Action.class));

  @ParameterizedTest
  @EnumSource(PieceStatus.class)
  void everyActionIsAllowedOrRefusedAsTheTableSays(PieceStatus status) {
    for (PieceStatus.Action action : PieceStatus.Action.values()) {
      assertThat(status.allows(AUTHOR, action))
          .as("author, %s, %s", status, action)
          .isEqualTo(AUTHOR_MAY.get(status).contains(action));
      assertThat(status.allows(EDITOR, action))
          .as("editor, %s, %s", status, action)
          .isEqualTo(EDITOR_MAY.get(status).contains(action));
    }
  }

  @ParameterizedTest
  @EnumSource(PieceStatus.Action.class)
  void eachActionLeadsWhereItShould(PieceStatus.Action action) {
    PieceStatus expected =
        switch (action) {
          case EDIT, COMMENT -> PieceStatus.SUBMITTED;
          case SUBMIT -> PieceStatus.SUBMITTED;
          case WITHDRAW -> PieceStatus.WITHDRAWN;
          case REQUEST_CHANGES -> PieceStatus.CHANGES_REQUESTED;
          case ACCEPT, UNPUBLISH -> PieceStatus.ACCEPTED;
          case DECLINE -> PieceStatus.DECLINED;
          case PUBLISH -> PieceStatus.PUBLISHED;
        };
    assertThat(action.from(PieceStatus.SUBMITTED)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(PieceStatus.class)
  void editorsNeverSeeDrafts(PieceStatus status) {
    assertThat(status.visibleToEditors()).isEqualTo(status != PieceStatus.DRAFT);
  }
}
