package org.safeports.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member state's membership history for everyone: its delegates appointed and removed, newest
 * first. Kept in membership's own table rather than read from the audit log: the log is the
 * secretariat's record (addresses, e-mails, before and after states), kept and purged on its own
 * terms, and cannot be searched by country; this table holds only what the public page shows.
 */
@Service
@Transactional(readOnly = true)
class DelegateHistory {

  static final int PAGE_SIZE = 20;

  private final DelegateRecords delegates;
  private final MemberStates states;

  DelegateHistory(DelegateRecords delegates, MemberStates states) {
    this.delegates = delegates;
    this.states = states;
  }

  /** The country's page of history; empty when the code (lower case) names no member state. */
  Optional<Country> country(String code, Locale locale) {
    if (code == null || !code.matches("[a-z]{2}")) {
      return Optional.empty();
    }
    String upper = code.toUpperCase(Locale.ROOT);
    return states.oasStates(locale).stream().filter(c -> c.code().equals(upper)).findFirst();
  }

  Page<DelegateHistoryLine> page(String countryCode, int page) {
    long total = delegates.historyCount(countryCode);
    int offset = Paging.offset(page, PAGE_SIZE, total);
    List<DelegateHistoryLine> lines = delegates.history(countryCode, offset, PAGE_SIZE);
    return new PageImpl<>(lines, PageRequest.of(Paging.page(page), PAGE_SIZE), total);
  }
}
