package org.livelihoodmatch.vacancy;

import java.util.List;
import java.util.Optional;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.EmployerEnrolment;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in vacancies from the public form, each in one transaction: claims the form's one-time
 * token, finds or registers the employer (unverified when new), answers a resent identical offer
 * with the reference it already has, and otherwise posts the vacancy through the one screening,
 * held for review, keeping what the sender said about the employer beside it.
 */
@Service
class VacancySubmissions {

  /** How a submission ended; refused ones throw {@link VacancyRefused} instead. */
  enum Result {
    ACCEPTED,
    ALREADY_RECEIVED,
    EXPIRED
  }

  record Outcome(Result result, String reference) {}

  /**
   * What the confirmation page may show about a submission: its title, where it stands, the
   * officer's reason when it was refused or closed, and the language it was sent in.
   */
  record Summary(
      String reference, String title, VacancyStatus status, String reason, String language) {}

  private final FormTokens tokens;
  private final EmployerEnrolment enrolment;
  private final VacancyService vacancies;
  private final JdbcTemplate jdbc;

  VacancySubmissions(
      FormTokens tokens, EmployerEnrolment enrolment, VacancyService vacancies, JdbcTemplate jdbc) {
    this.tokens = tokens;
    this.enrolment = enrolment;
    this.vacancies = vacancies;
    this.jdbc = jdbc;
  }

  @Transactional
  Outcome submit(PublicVacancyForm form, String language) {
    String token = form.formToken;
    String reference = SubmissionReference.next();
    if (token != null) {
      FormTokens.Claim claim = tokens.claim(token, reference);
      if (claim == FormTokens.Claim.ALREADY_USED) {
        return new Outcome(Result.ALREADY_RECEIVED, tokens.reference(token).orElseThrow());
      }
      if (claim == FormTokens.Claim.UNKNOWN) {
        return new Outcome(Result.EXPIRED, null);
      }
    }
    Organisation employer =
        enrolment
            .enrol(form.employer())
            .orElseThrow(
                () ->
                    new VacancyRefused(
                        List.of(
                            Refusal.of(
                                "employerName",
                                "EMPLOYER_NAME_TAKEN",
                                "belongs to an organisation that is not an employer"))));
    VacancyTerms terms = form.terms();
    Optional<String> earlier = sameOfferAlreadyReceived(employer, terms);
    if (earlier.isPresent()) {
      if (token != null) {
        tokens.redirect(token, earlier.get());
      }
      return new Outcome(Result.ALREADY_RECEIVED, earlier.get());
    }
    // the employer herself, signed in, vouches for her own offer; anyone else's post in a
    // verified employer's name is flagged UNCONFIRMED_POSTER
    boolean posterConfirmed =
        CurrentStaff.find()
            .filter(s -> s.has(Role.EMPLOYER) && s.organisationId().equals(employer.id()))
            .isPresent();
    VacancyService.Posted posted =
        vacancies.postFromForm(form, terms, employer, posterConfirmed, form.contact());
    jdbc.update(
        "insert into vacancy_submission (reference, vacancy_id, employer_name, registration_number,"
            + " phone, email, address, language) values (?, ?, ?, ?, ?, ?, ?, ?)",
        reference,
        posted.id(),
        form.employerName,
        form.employerRegistrationNumber,
        form.employerPhone,
        form.employerEmail,
        form.employerAddress,
        language);
    return new Outcome(Result.ACCEPTED, reference);
  }

  Optional<Summary> find(String reference) {
    return jdbc
        .query(
            "select s.reference, v.title, v.status, v.status_reason, s.language"
                + " from vacancy_submission s join vacancy v on v.id = s.vacancy_id"
                + " where s.reference = ?",
            (rs, n) ->
                new Summary(
                    rs.getString(1),
                    rs.getString(2),
                    VacancyStatus.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5)),
            reference)
        .stream()
        .findFirst();
  }

  /**
   * The same offer sent again through the form with a fresh token (the sender reloaded the page):
   * same employer, title, occupation, place, wage, positions and start, still pending or open.
   */
  private Optional<String> sameOfferAlreadyReceived(Organisation employer, VacancyTerms terms) {
    if (terms.title() == null
        || terms.occupation() == null
        || terms.province() == null
        || terms.workplaceAddress() == null
        || terms.monthlyWage() == null
        || terms.positions() == null
        || terms.startDate() == null) {
      return Optional.empty();
    }
    return jdbc
        .queryForList(
            "select s.reference from vacancy v join vacancy_submission s on s.vacancy_id = v.id"
                + " where v.employer_id = ? and v.status in ('PENDING_REVIEW', 'OPEN')"
                + " and lower(v.title) = lower(?) and v.occupation = ? and v.province = ?"
                + " and v.workplace_address = ? and v.monthly_wage = ? and v.positions = ?"
                + " and v.start_date = ? limit 1",
            String.class,
            employer.id(),
            terms.title().strip(),
            terms.occupation(),
            terms.province(),
            terms.workplaceAddress().strip(),
            terms.monthlyWage(),
            terms.positions(),
            terms.startDate())
        .stream()
        .findFirst();
  }
}
