package org.livelihoodmatch.vacancy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an officer needs to decide on held vacancies: the queue, oldest first, and for one vacancy
 * its red flags, the employer's record (verified or not), what the sender of the public form said
 * about the employer, and the employer's other vacancies with their outcomes.
 */
@Component
class ReviewQueue {

  static final int PAGE_SIZE = 50;

  /** One held vacancy in the queue. */
  record Item(
      UUID id,
      String title,
      String occupation,
      String province,
      String employerName,
      boolean employerVerified,
      List<RedFlag> redFlags,
      Instant receivedAt) {}

  /** The employer as its own record describes it. */
  record Employer(
      UUID id,
      String name,
      String registrationNumber,
      String phone,
      String email,
      String address,
      boolean verified) {
    static Employer of(Organisation o) {
      return new Employer(
          o.id(),
          o.name(),
          o.registrationNumber(),
          o.phone(),
          o.email(),
          o.address(),
          o.verified());
    }
  }

  /** What the sender of the public form said about the employer. */
  record Submission(
      String reference,
      String employerName,
      String registrationNumber,
      String phone,
      String email,
      String address,
      String language) {}

  /** Everything shown to decide on one vacancy. */
  record Case(
      VacancyView vacancy,
      Instant receivedAt,
      String source,
      Employer employer,
      Submission submission,
      List<VacancyView> history) {}

  private final Vacancies vacancies;
  private final OrganisationService organisations;
  private final JdbcTemplate jdbc;

  ReviewQueue(Vacancies vacancies, OrganisationService organisations, JdbcTemplate jdbc) {
    this.vacancies = vacancies;
    this.organisations = organisations;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  List<Item> oldestFirst(int page) {
    Map<UUID, Organisation> employers = new HashMap<>();
    return vacancies.findPendingReview(PAGE_SIZE, (long) page * PAGE_SIZE).stream()
        .map(
            v -> {
              Organisation employer = employers.computeIfAbsent(v.employerId, organisations::get);
              return new Item(
                  v.id,
                  v.title,
                  v.occupation,
                  v.province,
                  employer.name(),
                  employer.verified(),
                  StoredFlags.read(v.redFlags),
                  v.createdAt);
            })
        .toList();
  }

  long waiting() {
    return vacancies.countByStatus(VacancyStatus.PENDING_REVIEW);
  }

  @Transactional(readOnly = true)
  Optional<Case> find(UUID id) {
    return vacancies
        .findById(id)
        .map(
            v ->
                new Case(
                    VacancyView.of(v, StoredFlags.read(v.redFlags)),
                    v.createdAt,
                    v.source,
                    Employer.of(organisations.get(v.employerId)),
                    submission(id).orElse(null),
                    vacancies.findOthersOfEmployer(v.employerId, id).stream()
                        .map(o -> VacancyView.of(o, StoredFlags.read(o.redFlags)))
                        .toList()));
  }

  /** The vacancy a form's sender was given this reference for. */
  Optional<UUID> byReference(String reference) {
    return jdbc
        .queryForList(
            "select vacancy_id from vacancy_submission where reference = ?", UUID.class, reference)
        .stream()
        .findFirst();
  }

  UUID employerOf(UUID vacancyId) {
    return vacancies
        .findById(vacancyId)
        .map(v -> v.employerId)
        .orElseThrow(() -> new org.livelihoodmatch.system.NotFoundException("vacancy", vacancyId));
  }

  private Optional<Submission> submission(UUID vacancyId) {
    return jdbc
        .query(
            "select reference, employer_name, registration_number, phone, email, address,"
                + " language from vacancy_submission where vacancy_id = ?",
            (rs, n) ->
                new Submission(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)),
            vacancyId)
        .stream()
        .findFirst();
  }
}
