package org.livelihoodmatch.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.Languages;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers training intakes and offers the upcoming ones to matching and planning. */
@Service
public class TrainingService {

  private final TrainingIntakes intakes;
  private final Validation validation;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  TrainingService(
      TrainingIntakes intakes,
      Validation validation,
      Catalogue catalogue,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.intakes = intakes;
    this.validation = validation;
    this.catalogue = catalogue;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  TrainingIntake register(TrainingIntakeForm form) {
    check(form).throwIfAny();
    TrainingIntake intake = new TrainingIntake(UUID.randomUUID(), null);
    intake.organisationId = CurrentStaff.find().map(s -> s.organisationId()).orElse(null);
    intake.title = form.title().strip();
    intake.occupation = form.occupation();
    intake.provider = form.provider().strip();
    intake.province = form.province();
    intake.schedule(form.startDate(), form.durationWeeks());
    intake.seats = form.seats();
    intake.minAge = form.minAge() == null ? 15 : form.minAge();
    intake.sex = form.sex();
    intake.literacyRequired = form.literacyRequired() == null ? "NONE" : form.literacyRequired();
    intake.providesAccommodation = Boolean.TRUE.equals(form.providesAccommodation());
    intake.monthlyStipend = Money.cents(form.monthlyStipend());
    intake.costPerTrainee = Money.cents(form.costPerTrainee());
    intake.languages = Languages.orKhmer(form.languages()).stream().sorted().toList();
    intake.kind = form.kindOrDefault();
    intake.contactName = blankAsNull(form.contactName());
    intake.contactPhone = blankAsNull(form.contactPhone());
    TrainingIntake saved = intakes.save(intake);
    audit.record("CREATE", "TRAINING_INTAKE", saved.id);
    events.publishEvent(new TrainingIntakeChanged(saved.id));
    return saved;
  }

  /** Every problem of the form, named by its API field, without storing anything. */
  public List<org.livelihoodmatch.system.FieldProblem> problems(TrainingIntakeForm form) {
    return check(form).list();
  }

  private Validation.Problems check(TrainingIntakeForm form) {
    Validation.Problems problems = validation.of(form);
    if (form != null) {
      catalogue.occupationProblem(form.occupation()).ifPresent(m -> problems.add("occupation", m));
      if (form.occupation() == null && "VOCATIONAL".equals(form.kindOrDefault())) {
        problems.add("occupation", "must not be null for a vocational intake");
      }
      catalogue.provinceProblem(form.province()).ifPresent(m -> problems.add("province", m));
      if (!Money.inWholeCents(form.monthlyStipend())) {
        problems.add("monthlyStipend", Money.NOT_IN_CENTS);
      }
      if (!Money.inWholeCents(form.costPerTrainee())) {
        problems.add("costPerTrainee", Money.NOT_IN_CENTS);
      }
    }
    return problems;
  }

  /**
   * Registers an intake posted from the intake page, through the same checks as the API; bad fields
   * throw {@link org.livelihoodmatch.system.InvalidInputException} naming each one.
   */
  @Transactional
  public UUID post(TrainingIntakeForm form) {
    return register(form).id;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  TrainingIntake get(UUID id) {
    return intakes.findById(id).orElseThrow(() -> new NotFoundException("training intake", id));
  }

  /** Intakes that start after {@code today} and still have seats, as the generator sees them. */
  public List<TrainingOffer> upcoming(LocalDate today) {
    return intakes.findUpcomingWithSeats(today).stream().map(TrainingService::offer).toList();
  }

  /** The same, only for these occupations. */
  public List<TrainingOffer> upcoming(LocalDate today, List<String> occupations) {
    if (occupations.isEmpty()) {
      return List.of();
    }
    return intakes.findUpcomingWithSeats(today, occupations).stream()
        .map(TrainingService::offer)
        .toList();
  }

  /** Those of {@code ids} that start after {@code today} and still have seats. */
  public List<TrainingOffer> offers(Collection<UUID> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return intakes.findUpcomingWithSeats(ids, today).stream().map(TrainingService::offer).toList();
  }

  static TrainingOffer offer(TrainingIntake t) {
    return new TrainingOffer(
        t.id,
        t.title,
        t.occupation,
        t.province,
        t.startDate,
        t.endDate,
        t.durationWeeks,
        t.openSeats(),
        t.minAge,
        t.sex,
        ClientProfile.Literacy.valueOf(t.literacyRequired),
        t.providesAccommodation,
        t.monthlyStipend,
        t.costPerTrainee,
        Set.copyOf(t.languages),
        t.provider,
        TrainingOffer.Kind.valueOf(t.kind));
  }

  /**
   * School and literacy intakes that start after {@code today}, still have seats and are in one of
   * {@code provinces} (any province when {@code null}), soonest first.
   */
  public List<TrainingOffer> upcomingEducation(LocalDate today, Collection<String> provinces) {
    return intakes.findUpcomingEducation(today).stream()
        .filter(t -> provinces == null || provinces.contains(t.province))
        .map(TrainingService::offer)
        .toList();
  }
}
