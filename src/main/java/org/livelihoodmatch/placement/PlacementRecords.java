package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.client.ClientTransferred;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.outcome.OutcomeRecorder;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements across the organisation's borders: a client's placements and follow-ups move with her
 * when a referral hands her to another organisation (in the transaction that moves her), and an
 * organisation's placements are read out, one line each, for its exports to spreadsheets.
 */
@Component
public class PlacementRecords {

  /** One placement as an export shows it: what she was placed on, how it goes, how it ended. */
  public record Line(
      UUID id,
      UUID clientId,
      String clientCode,
      String kind,
      String status,
      LocalDate startDate,
      String occupation,
      String province,
      String vacancyTitle,
      String trainingTitle,
      BigDecimal expectedIncome,
      BigDecimal expectedSurplus,
      Integer nextFollowUpMonth,
      LocalDate nextFollowUpDue,
      boolean overdue,
      List<String> alerts,
      int visitsDone,
      Integer lastVisitMonth,
      LocalDate lastVisitDate,
      BigDecimal lastVisitSurplus,
      LocalDate endedOn,
      String endReason) {}

  private final Placements placements;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final OutcomeRecorder outcomes;
  private final Clock clock;

  PlacementRecords(
      Placements placements,
      JdbcTemplate jdbc,
      AuditTrail audit,
      OutcomeRecorder outcomes,
      Clock clock) {
    this.outcomes = outcomes;
    this.placements = placements;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Her placements (and with them their follow-ups) belong to the receiving organisation now. */
  @EventListener
  void clientTransferred(ClientTransferred moved) {
    jdbc.update(
        "update placement set organisation_id = ?, client_code = ?, version = version + 1"
            + " where client_id = ? and organisation_id = ?",
        moved.toOrganisationId(),
        moved.toCode(),
        moved.clientId(),
        moved.fromOrganisationId());
    outcomes.transferred(moved.clientId(), moved.toOrganisationId());
  }

  /**
   * Every placement of the caller's organisation, newest visit data included, in the order of the
   * clients' codes. {@code audited}: an export of placements is one audit entry naming its clients.
   */
  @Transactional
  public List<Line> all(boolean audited, String format) {
    LocalDate today = LocalDate.now(clock);
    UUID organisation = CurrentStaff.get().organisationId();
    java.util.Map<UUID, String> codes = new java.util.HashMap<>();
    jdbc.query(
        "select id, client_code from placement where organisation_id = ?",
        rs -> {
          codes.put(rs.getObject(1, UUID.class), rs.getString(2));
        },
        organisation);
    List<Line> lines =
        placements.ofOrganisation(organisation).stream()
            .map(p -> line(p, codes.get(p.id), today))
            .toList();
    if (audited) {
      audit.recordClients(
          "EXPORT",
          "PLACEMENT",
          null,
          "export " + format + ": " + lines.size() + " placements",
          lines.stream().map(Line::clientId).distinct().toList());
    }
    return lines;
  }

  private static Line line(Placement p, String clientCode, LocalDate today) {
    PathwayView w = p.pathway;
    FollowUp last = p.followUps.isEmpty() ? null : p.followUps.lastEntry().getValue();
    Integer next = p.endedOn == null ? p.nextMonth() : null;
    String occupation = w.occupation();
    String province = w.workProvince();
    return new Line(
        p.id,
        p.clientId,
        clientCode,
        w.kind(),
        p.status(today).name(),
        p.startDate,
        occupation,
        province,
        w.vacancy() == null ? null : w.vacancy().title(),
        w.training() == null ? null : w.training().title(),
        w.budget() == null ? null : w.budget().income(),
        w.budget() == null ? null : w.budget().surplus(),
        next,
        next == null ? null : p.due(next),
        p.overdue(today),
        p.alerts().stream().map(Enum::name).toList(),
        p.followUps.size(),
        last == null ? null : last.month(),
        last == null ? null : last.visitDate(),
        last == null ? null : last.actualBudget().surplus(),
        p.endedOn,
        p.endReason == null ? null : p.endReason.name());
  }
}
