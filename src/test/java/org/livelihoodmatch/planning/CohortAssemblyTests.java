package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.PlannedOption;

/**
 * A cohort's planning inputs come from the one pathway generator and the catalogue's capacities.
 */
class CohortAssemblyTests {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final CohortAssembly assembly = new CohortAssembly(CATALOGUE, 10);

  @Test
  void eachClientGetsHerFeasiblePathwaysAsOptionsWithTheCapacitiesTheyDrawOn() {
    UUID salon = UUID.randomUUID();
    JobOffer job = job("hairdresser", "12", "260.00", TODAY.plusMonths(6), 4);
    TrainingOffer intake = intake("hairdresser", "12", TODAY.plusDays(20), 5);
    CohortMember theary =
        member(adult(), "C00002", false, TODAY.minusWeeks(1), List.of("hairdresser"), true);

    CohortAssembly.Cohort cohort =
        assembly.assemble(List.of(theary), List.of(job), List.of(intake), TODAY);

    PlannedClient client = cohort.clients().get(0);
    assertThat(client.options()).isNotEmpty();
    assertThat(client.options())
        .allSatisfy(o -> assertThat(o.option().surplusCents()).isPositive());
    PathwayOption trained =
        client.options().stream()
            .map(PlannedOption::option)
            .filter(o -> o.kind() == PathwayKind.TRAINING_THEN_JOB)
            .findFirst()
            .orElseThrow();
    assertThat(trained.intakeId()).isEqualTo(intake.id());
    assertThat(trained.vacancyId()).isEqualTo(job.id());
    assertThat(trained.employerId()).isEqualTo(job.employerId());
    assertThat(trained.trainingWeeks()).isEqualTo(12);
    assertThat(trained.trainingCostCents()).isEqualTo(150_00);
    assertThat(trained.preferenceRank()).isEqualTo(1);
    assertThat(trained.label()).contains("hairdresser course").contains("Phnom Penh");
    PathwayOption business =
        client.options().stream()
            .map(PlannedOption::option)
            .filter(o -> o.kind() == PathwayKind.SELF_EMPLOYMENT)
            .findFirst()
            .orElseThrow();
    assertThat(business.marketKey()).endsWith(":hairdresser");
    assertThat(business.loanProductCode()).isNotNull();
    assertThat(business.loanAmountCents()).isEqualTo(250_00);

    assertThat(cohort.intakeSeats()).extracting(s -> s.seats()).containsExactly(5);
    assertThat(cohort.vacancyPositions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.vacancyId()).isEqualTo(job.id());
              assertThat(v.positions()).isEqualTo(4);
            });
    assertThat(cohort.loanFunds()).contains(new LoanFund("ngo-small-business-loan", 20_000_00));
    String[] market = business.marketKey().split(":");
    assertThat(cohort.marketRooms())
        .contains(
            new MarketRoom(
                business.marketKey(),
                CATALOGUE.marketDemand(market[0], market[1]).orElseThrow().newBusinessesPerYear()));
    for (PlannedOption option : client.options()) {
      assertThat(PlannedOption.keyOf(option.view())).isEqualTo(option.key());
    }
  }

  @Test
  void clientsComeInOrderOfRegistrationWithTheirPriorityAndPlanWideOptionIds() {
    JobOffer garment = job("sewing-machine-operator", "12", "230.00", TODAY.plusDays(30), 9);
    CohortMember adultNew =
        member(
            adult(),
            "C00002",
            false,
            TODAY.minusWeeks(1),
            List.of("sewing-machine-operator"),
            false);
    CohortMember minorHeadWaiting =
        member(
            LocalDate.of(2010, 1, 1),
            "C00001",
            true,
            TODAY.minusWeeks(20),
            List.of("sewing-machine-operator"),
            false);

    CohortAssembly.Cohort cohort =
        assembly.assemble(List.of(adultNew, minorHeadWaiting), List.of(garment), List.of(), TODAY);

    assertThat(cohort.clients())
        .extracting(PlannedClient::code)
        .containsExactly("C00001", "C00002");
    // 1 + 2 (minor) + 2 (head of household) + 4 (20 weeks of waiting, capped) against 1.
    assertThat(cohort.clients()).extracting(PlannedClient::priorityWeight).containsExactly(9, 1);
    List<String> ids =
        cohort.clients().stream()
            .flatMap(c -> c.options().stream())
            .map(PlannedOption::id)
            .toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("p\\d+"));
  }

  private static LocalDate adult() {
    return LocalDate.of(2000, 3, 1);
  }

  private static CohortMember member(
      LocalDate birth,
      String code,
      boolean head,
      LocalDate registered,
      List<String> wants,
      boolean selfEmployment) {
    ClientProfile profile =
        new ClientProfile(
            UUID.randomUUID(),
            birth,
            "F",
            "12",
            Set.of("km"),
            Literacy.BASIC,
            Map.of("hairdresser", SkillLevel.TRAINED),
            wants,
            List.of("12"),
            false,
            selfEmployment,
            new BigDecimal("10.00"),
            true,
            Set.of(),
            null);
    Instant at = registered.atStartOfDay().toInstant(ZoneOffset.UTC);
    return new CohortMember(profile, code, UUID.randomUUID(), head, at);
  }

  private static JobOffer job(
      String occupation, String province, String wage, LocalDate start, int positions) {
    return new JobOffer(
        UUID.randomUUID(),
        UUID.randomUUID(),
        occupation + " wanted",
        occupation,
        province,
        new BigDecimal(wage),
        false,
        false,
        15,
        start,
        positions,
        null);
  }

  private static TrainingOffer intake(
      String occupation, String province, LocalDate start, int seats) {
    return new TrainingOffer(
        UUID.randomUUID(),
        occupation + " course",
        occupation,
        province,
        start,
        start.plusWeeks(12),
        12,
        seats,
        15,
        null,
        Literacy.NONE,
        true,
        new BigDecimal("20.00"),
        new BigDecimal("150.00"),
        null,
        "Test provider");
  }
}
