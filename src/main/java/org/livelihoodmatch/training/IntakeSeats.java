package org.livelihoodmatch.training;

import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.system.CapacityGone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats of an intake taken and given back by placements, inside the placement's transaction, with
 * the intake's row locked first so concurrent placements never take more seats than there are.
 */
@Service
public class IntakeSeats {

  private final TrainingIntakes intakes;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  IntakeSeats(
      TrainingIntakes intakes,
      JdbcTemplate jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.intakes = intakes;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  /** Whether such a record exists at all (to tell "gone" from "never was"). */
  public boolean exists(UUID id) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from training_intake where id = ?)", Boolean.class, id));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void take(UUID intakeId) {
    TrainingIntake t = locked(intakeId);
    if (t == null || t.openSeats() <= 0) {
      throw new CapacityGone(
          "training", t == null ? "the intake does not exist" : "the intake has no seat left");
    }
    t.takeSeat();
    intakes.save(t);
    audit.record("TAKE_SEAT", "TRAINING_INTAKE", t.id, t.seatsTaken + " of " + t.seats);
    events.publishEvent(new TrainingIntakeChanged(t.id));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void release(UUID intakeId) {
    TrainingIntake t = locked(intakeId);
    if (t == null) {
      return;
    }
    t.releaseSeat();
    intakes.save(t);
    audit.record("RELEASE_SEAT", "TRAINING_INTAKE", t.id, t.seatsTaken + " of " + t.seats);
    events.publishEvent(new TrainingIntakeChanged(t.id));
  }

  private TrainingIntake locked(UUID id) {
    if (!org.livelihoodmatch.system.RowLock.lock(jdbc, "training_intake", id)) {
      return null;
    }
    return intakes.findById(id).orElse(null);
  }
}
