package org.safeports.membership;

import java.time.LocalDate;
import org.safeports.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's dates of joining: the 2010 report names the members set by resolution CIDI/CIP/RES.
 * 100 (VI-10) but gives no dates, so the demo shows the first day of 2010 for each of them, where
 * no date is recorded yet (an admin's date is never replaced). Production starts with none: the
 * secretariat enters the real dates on the admin screen.
 */
@Component
class DemoMemberStates {

  static final LocalDate DEMO_JOINED = LocalDate.of(2010, 1, 1);

  private final DemoMode demo;
  private final MemberStateRecords records;

  DemoMemberStates(DemoMode demo, MemberStateRecords records) {
    this.demo = demo;
    this.records = records;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  @Transactional
  public void fill() {
    if (!demo.isEnabled()) {
      return;
    }
    for (MemberStateRow row : records.all()) {
      if (row.tagMember() && row.joinedOn() == null) {
        records.joinedWhereUnknown(row.code(), DEMO_JOINED);
      }
    }
  }
}
