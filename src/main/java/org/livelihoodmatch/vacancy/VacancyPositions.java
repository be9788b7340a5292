package org.livelihoodmatch.vacancy;

import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.system.CapacityGone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions of a vacancy taken and given back by placements, inside the placement's transaction.
 * The vacancy's row is locked first, so concurrent placements take its positions one after the
 * other and none takes more than there is (the table's check constraint is the last guard). When
 * the last position goes the vacancy is {@code FILLED} and leaves search and matches after commit.
 */
@Service
public class VacancyPositions {

  private final Vacancies vacancies;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  VacancyPositions(
      Vacancies vacancies, JdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events) {
    this.vacancies = vacancies;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  /** Whether such a record exists at all (to tell "gone" from "never was"). */
  public boolean exists(UUID id) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from vacancy where id = ?)", Boolean.class, id));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void take(UUID vacancyId) {
    Vacancy v = locked(vacancyId);
    if (v == null || !v.hasOpenPosition()) {
      throw new CapacityGone(
          "vacancy",
          v == null || v.status != VacancyStatus.OPEN && v.status != VacancyStatus.FILLED
              ? "the vacancy is no longer open"
              : "the vacancy has no position left");
    }
    v.fillPosition();
    vacancies.save(v);
    audit.record("FILL_POSITION", "VACANCY", v.id, v.positionsFilled + " of " + v.positions);
    events.publishEvent(new VacancyChanged(v.id, v.status));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void release(UUID vacancyId) {
    Vacancy v = locked(vacancyId);
    if (v == null) {
      return;
    }
    v.releasePosition();
    vacancies.save(v);
    audit.record("RELEASE_POSITION", "VACANCY", v.id, v.positionsFilled + " of " + v.positions);
    events.publishEvent(new VacancyChanged(v.id, v.status));
  }

  /**
   * The employer says how many of her vacancy's positions are filled now (by people she hired
   * herself too): never fewer than are taken already, never more than it has; all filled, it is
   * {@code FILLED} and leaves search and matches.
   */
  @Transactional
  public void fillOwn(UUID vacancyId, UUID employerId, int filledNow) {
    Vacancy v = locked(vacancyId);
    if (v == null || !v.employerId.equals(employerId)) {
      throw new org.livelihoodmatch.system.NotFoundException("vacancy", vacancyId);
    }
    if (v.status != VacancyStatus.OPEN) {
      throw new VacancyRefused(
          java.util.List.of(
              Refusal.of(
                  "positionsFilled",
                  "FILL_NOT_OPEN",
                  "only a published vacancy has positions to fill",
                  v.status.name())));
    }
    if (filledNow < v.positionsFilled || filledNow > v.positions) {
      throw new VacancyRefused(
          java.util.List.of(
              Refusal.of(
                  "positionsFilled",
                  "FILLED_OUT_OF_RANGE",
                  "must be between " + v.positionsFilled + " and " + v.positions,
                  Integer.toString(v.positionsFilled),
                  Integer.toString(v.positions))));
    }
    if (filledNow == v.positionsFilled) {
      return;
    }
    while (v.positionsFilled < filledNow) {
      v.fillPosition();
    }
    vacancies.save(v);
    audit.record(
        "FILL_POSITION", "VACANCY", v.id, v.positionsFilled + " of " + v.positions + " employer");
    events.publishEvent(new VacancyChanged(v.id, v.status));
  }

  private Vacancy locked(UUID id) {
    if (!org.livelihoodmatch.system.RowLock.lock(jdbc, "vacancy", id)) {
      return null;
    }
    return vacancies.findById(id).orElse(null);
  }
}
