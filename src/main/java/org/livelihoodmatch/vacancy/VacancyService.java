package org.livelihoodmatch.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts vacancies through the one screening, whoever sends them, and moves them through review. */
@Service
public class VacancyService {

  private final Vacancies vacancies;
  private final VacancyScreening screening;
  private final Validation validation;
  private final Catalogue catalogue;
  private final OrganisationService organisations;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  VacancyService(
      Vacancies vacancies,
      VacancyScreening screening,
      Validation validation,
      Catalogue catalogue,
      OrganisationService organisations,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.vacancies = vacancies;
    this.screening = screening;
    this.validation = validation;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The outcome of a post: the stored vacancy and its red flags. */
  public record Posted(UUID id, VacancyStatus status, List<RedFlag> redFlags) {}

  /**
   * Who to call about a vacancy and the last day it takes applicants, each optional: without a name
   * or phone, officers call the number its poster gave, else the employer's.
   */
  public record Contact(String name, String phone, LocalDate closingDate) {

    /** A phone number as the forms and the API take it: digits, spaces, +, (, ), . and -. */
    public static final String PHONE = "[+\\p{Nd} ().-]{6,50}";

    static final Contact NONE = new Contact(null, null, null);
  }

  /**
   * Screens and stores a vacancy of {@code employerId}; refused offers throw {@link VacancyRefused}
   * with every bad field. {@code alwaysReview} holds it for an officer even without red flags.
   */
  @Transactional
  public Posted post(
      Object form, VacancyTerms terms, UUID employerId, String source, boolean alwaysReview) {
    return post(form, terms, employerId, source, alwaysReview, Contact.NONE);
  }

  /** The same, naming who to call about it and when it stops taking applicants. */
  @Transactional
  public Posted post(
      Object form,
      VacancyTerms terms,
      UUID employerId,
      String source,
      boolean alwaysReview,
      Contact contact) {
    return post(form, terms, organisations.get(employerId), source, alwaysReview, true, contact);
  }

  /**
   * A vacancy from the public form: always held for review. Unless the employer herself is signed
   * in ({@code posterConfirmed}), nobody vouches that it comes from her, even in a verified
   * employer's name.
   */
  @Transactional
  Posted postFromForm(
      Object form,
      VacancyTerms terms,
      Organisation employer,
      boolean posterConfirmed,
      Contact contact) {
    return post(form, terms, employer, "FORM", true, posterConfirmed, contact);
  }

  /**
   * The employer revises her own vacancy, held or published, through the one screening: an illegal
   * offer is refused, a red flag holds it for an officer again, and it never offers fewer positions
   * than are filled. {@code version} is the one her page showed: a vacancy changed meanwhile is not
   * overwritten.
   */
  @Transactional
  public void reviseOwn(
      UUID id, UUID employerId, long version, Object form, VacancyTerms terms, Contact contact) {
    Vacancy v = get(id);
    if (!v.employerId.equals(employerId)) {
      throw new NotFoundException("vacancy", id);
    }
    if (v.version == null || v.version != version) {
      throw new org.springframework.dao.OptimisticLockingFailureException("vacancy " + id);
    }
    if (v.status != VacancyStatus.PENDING_REVIEW && v.status != VacancyStatus.OPEN) {
      throw notAllowed(v.status, v.status, "is no longer open to changes");
    }
    Refusals refusals = new Refusals();
    validation.of(form).list().forEach(p -> refusals.add(p.field(), "INVALID", p.message()));
    OfferRules.check(terms, catalogue, today(), refusals);
    checkClosingDate(contact, v.closingDate, refusals);
    if (terms.positions() != null && terms.positions() < v.positionsFilled) {
      refusals.add(
          "positions",
          "POSITIONS_BELOW_FILLED",
          "must be at least the " + v.positionsFilled + " positions already filled",
          Integer.toString(v.positionsFilled));
    }
    Organisation employer = organisations.get(employerId);
    Screening verdict = screening.screen(terms, employer.verified(), true, today());
    verdict.reasons().forEach(refusals::add);
    refusals.throwIfAny();
    v.offer(terms);
    v.contactName = PlainText.clean(contact.name());
    v.contactPhone = PlainText.clean(contact.phone());
    v.closingDate = contact.closingDate();
    v.redFlags = StoredFlags.write(verdict.redFlags());
    if (verdict.held() || !employer.verified()) {
      v.holdForReview(null);
    }
    vacancies.save(v);
    audit.record("UPDATE", "VACANCY", id, v.status.name() + " by the employer");
    events.publishEvent(new VacancyChanged(id, v.status));
  }

  private Posted post(
      Object form,
      VacancyTerms terms,
      Organisation employer,
      String source,
      boolean alwaysReview,
      boolean posterConfirmed,
      Contact contact) {
    UUID employerId = employer.id();
    Refusals refusals = new Refusals();
    validation.of(form).list().forEach(p -> refusals.add(p.field(), "INVALID", p.message()));
    OfferRules.check(terms, catalogue, today(), refusals);
    checkClosingDate(contact, null, refusals);
    Screening verdict = screening.screen(terms, employer.verified(), posterConfirmed, today());
    verdict.reasons().forEach(refusals::add);
    refusals.throwIfAny();
    Vacancy v = new Vacancy(UUID.randomUUID(), null);
    v.employerId = employerId;
    v.offer(terms);
    v.status = verdict.held() || alwaysReview ? VacancyStatus.PENDING_REVIEW : VacancyStatus.OPEN;
    v.redFlags = StoredFlags.write(verdict.redFlags());
    v.source = source;
    v.contactName = PlainText.clean(contact.name());
    v.contactPhone = PlainText.clean(contact.phone());
    v.closingDate = contact.closingDate();
    Vacancy saved = vacancies.save(v);
    audit.record("CREATE", "VACANCY", saved.id, saved.status.name() + " " + source);
    events.publishEvent(new VacancyChanged(saved.id, saved.status));
    return new Posted(saved.id, saved.status, verdict.redFlags());
  }

  /**
   * An officer's decision on a vacancy: approve, reject with a reason, or close. Only a verified
   * employer's vacancy is published (DOMAIN.md: "a verified employer before publication").
   */
  @Transactional
  public Vacancy decide(UUID id, VacancyStatus next, String reason) {
    Vacancy v = get(id);
    if (next == VacancyStatus.REJECTED && (reason == null || reason.isBlank())) {
      throw new VacancyRefused(
          List.of(Refusal.of("reason", "REASON_REQUIRED", "is required to reject a vacancy")));
    }
    if (next == VacancyStatus.OPEN && !organisations.get(v.employerId).verified()) {
      throw new VacancyRefused(
          List.of(
              Refusal.of(
                  "status",
                  "EMPLOYER_NOT_VERIFIED",
                  "the employer is not verified: verify it before publishing its vacancy")));
    }
    if (!v.status.mayMoveTo(next)) {
      throw notAllowed(v.status, next, "cannot become " + next);
    }
    v.moveTo(next, reason == null ? null : reason.strip());
    Vacancy saved = vacancies.save(v);
    audit.record("STATUS_" + next.name(), "VACANCY", id, reason);
    events.publishEvent(new VacancyChanged(id, next));
    return saved;
  }

  /**
   * A decision from the review queue, on a vacancy still held for review: a page opened before
   * another officer decided must not overturn that decision (withdraw a vacancy just published, or
   * publish one just rejected). Later changes of a decided vacancy go through {@link #decide}.
   */
  @Transactional
  public Vacancy decideHeld(UUID id, VacancyStatus next, String reason) {
    Vacancy v = get(id);
    if (v.status != VacancyStatus.PENDING_REVIEW) {
      throw notAllowed(v.status, next, "is no longer held for review");
    }
    return decide(id, next, reason);
  }

  /** A decision the vacancy's status does not allow; the pages say why in the reader's language. */
  private static VacancyRefused notAllowed(VacancyStatus now, VacancyStatus next, String why) {
    return new VacancyRefused(
        List.of(
            Refusal.of(
                "status",
                "STATUS_NOT_ALLOWED",
                "a vacancy that is " + now + " " + why,
                now.name(),
                next.name())));
  }

  /** The employer closes its own vacancy. */
  @Transactional
  public void closeOwn(UUID id, UUID employerId) {
    Vacancy v = get(id);
    if (!v.employerId.equals(employerId)) {
      throw new NotFoundException("vacancy", id);
    }
    decide(id, VacancyStatus.CLOSED, "closed by the employer");
  }

  Vacancy get(UUID id) {
    return vacancies.findById(id).orElseThrow(() -> new NotFoundException("vacancy", id));
  }

  /** Checks that an officer may post on behalf of this employer. */
  void checkEmployerForOfficer(UUID employerId) {
    if (employerId == null) {
      throw new InvalidInputException("employerId", "is required when an officer posts a vacancy");
    }
    Organisation employer =
        organisations
            .find(employerId)
            .orElseThrow(() -> new InvalidInputException("employerId", "no such employer"));
    if (employer.kind() != OrganisationKind.EMPLOYER) {
      throw new InvalidInputException("employerId", "is not an employer");
    }
    if (!employer.verified()) {
      throw new InvalidInputException(
          "employerId", "the employer is not verified: verify it before posting on its behalf");
    }
  }

  /**
   * A closing date must not be past, unless it is the one already stored ({@code stored}): an
   * employer may still change other terms of a vacancy whose applications closed.
   */
  private void checkClosingDate(Contact contact, LocalDate stored, Refusals refusals) {
    LocalDate closing = contact.closingDate();
    if (closing != null && !closing.equals(stored) && closing.isBefore(today())) {
      refusals.add("closingDate", "CLOSING_DATE_PAST", "must not be in the past");
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
