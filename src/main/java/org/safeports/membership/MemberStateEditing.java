package org.safeports.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's changes to member states: TAG member or not, chair, the date it joined. The TAG has
 * exactly one chair: making a state the chair takes the chair from the one that held it, in the
 * same transaction; the chair cannot simply be unset (another state is made chair instead). Every
 * change is in the audit log.
 */
@Service
class MemberStateEditing {

  private final MemberStateRecords records;
  private final AuditLog audit;
  private final Clock clock;

  MemberStateEditing(MemberStateRecords records, AuditLog audit, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<MemberStateRow> all() {
    return records.all();
  }

  @Transactional(readOnly = true)
  MemberStateRow one(String code) {
    return records.find(code).orElseThrow(NotFoundException::new);
  }

  /**
   * Saves the form; refuses it ({@link MemberStateRefused}) when the TAG's rules do not allow it or
   * someone saved this state since the form was opened. Answers whether anything changed.
   */
  @Transactional
  boolean save(String code, MemberStateForm form) {
    // The chair's row is locked first, whoever saves, so two saves that move the chair queue up.
    Optional<MemberStateRow> formerChair = records.lockChair();
    MemberStateRow before = records.lock(code).orElseThrow(NotFoundException::new);
    if (before.version() != form.getVersion()) {
      throw new MemberStateRefused(null, MemberStateRefused.CONFLICT);
    }
    check(before, form);
    boolean chair = form.isChair();
    LocalDate joinedOn = form.isTagMember() ? form.getJoinedOn() : null;
    if (before.tagMember() == form.isTagMember()
        && before.chair() == chair
        && Objects.equals(before.joinedOn(), joinedOn)) {
      return false;
    }
    if (chair && !before.chair()) {
      formerChair.ifPresent(
          old -> {
            records.unsetChair(old.code());
            audit.record(
                AuditEntry.of(AuditAction.TAG_CHAIR_CHANGED, code)
                    .change(
                        AuditEntry.fields("chair", old.code()), AuditEntry.fields("chair", code)));
          });
    }
    records.update(code, form.isTagMember(), chair, joinedOn);
    audit.record(
        AuditEntry.of(AuditAction.MEMBER_STATE_CHANGED, code)
            .change(
                fields(before.tagMember(), before.chair(), before.joinedOn()),
                fields(form.isTagMember(), chair, joinedOn)));
    return true;
  }

  private void check(MemberStateRow before, MemberStateForm form) {
    if (form.isChair() && !form.isTagMember()) {
      throw new MemberStateRefused("chair", "membership.admin.chairNotMember");
    }
    if (before.chair() && !form.isChair()) {
      throw new MemberStateRefused("chair", "membership.admin.chairNeeded");
    }
    if (form.getJoinedOn() != null && form.getJoinedOn().isAfter(LocalDate.now(clock))) {
      throw new MemberStateRefused("joinedOn", "membership.admin.joinedInFuture");
    }
  }

  private static Map<String, Object> fields(boolean tagMember, boolean chair, LocalDate joinedOn) {
    return AuditEntry.fields("tagMember", tagMember, "chair", chair, "joinedOn", joinedOn);
  }
}
