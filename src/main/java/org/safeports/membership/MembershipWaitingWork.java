package org.safeports.membership;

import java.util.ArrayList;
import java.util.List;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.WaitingWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the secretariat's queue: associate members' applications in the secretariat's hands (not
 * those waiting for the applicant's answer), and PFSO verification requests not yet decided.
 */
@Component
class MembershipWaitingWork implements WaitingWorkSource {

  private final JdbcClient jdbc;

  MembershipWaitingWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QueuedWork> waiting(int limit) {
    List<QueuedWork> work = new ArrayList<>();
    work.addAll(
        jdbc.sql(
                "select id, organisation_name, contact_name, coalesce(queued_at, applied_at) as since"
                    + " from associate_application"
                    + " where state = 'QUEUED' order by since, id limit :limit")
            .param("limit", limit)
            .query(
                (rs, n) ->
                    QueuedWork.forEditors(
                        "application:" + rs.getLong("id"),
                        QueuedWork.Kind.APPLICATION,
                        rs.getString("organisation_name")
                            + " ("
                            + rs.getString("contact_name")
                            + ")",
                        "/admin/members/applications/" + rs.getLong("id"),
                        rs.getTimestamp("since").toInstant()))
            .list());
    work.addAll(
        jdbc.sql(
                "select r.id, r.facility_name, r.port, r.country_code, r.requested_at"
                    + " from pfso_request r where r.state = 'PENDING'"
                    + " order by r.requested_at, r.id limit :limit")
            .param("limit", limit)
            .query(
                (rs, n) ->
                    QueuedWork.forEditors(
                        "pfso:" + rs.getLong("id"),
                        QueuedWork.Kind.PFSO_REQUEST,
                        rs.getString("facility_name")
                            + ", "
                            + rs.getString("port")
                            + " ("
                            + rs.getString("country_code")
                            + ")",
                        PfsoDecisionController.MEMBERS + "/requests/" + rs.getLong("id"),
                        rs.getTimestamp("requested_at").toInstant()))
            .list());
    return work;
  }
}
