package org.livelihoodmatch.planning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.livelihood.NearestMiss;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.PlannedMiss;
import org.livelihoodmatch.planning.store.PlannedOption;

/**
 * Builds a cohort's planning inputs without a database: for each client, her feasible pathways from
 * the one {@link PathwayGenerator} (the officer's matches use the same), capped to the best {@code
 * optionsPerClient} by the generator's score; her priority weight (minor, head of household, weeks
 * since registration); and one capacity fact per intake, vacancy, loan product and market the
 * pathways draw on. The service feeds it from PostgreSQL, the benchmarks from generated data.
 */
public final class CohortAssembly {

  /**
   * Pathways kept per client: enough alternatives to pass a scarce seat on, few enough to search.
   */
  public static final int DEFAULT_OPTIONS_PER_CLIENT = 10;

  private final Catalogue catalogue;
  private final PathwayGenerator generator;
  private final PathwayOptions options;
  private final int optionsPerClient;
  private final OutcomeEvidence evidence;

  public CohortAssembly(Catalogue catalogue, int optionsPerClient) {
    this(catalogue, optionsPerClient, OutcomeEvidence.NONE);
  }

  /** An assembly whose pathways weigh what recorded outcomes teach (retention, incomes). */
  public CohortAssembly(Catalogue catalogue, int optionsPerClient, OutcomeEvidence evidence) {
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.generator = new PathwayGenerator(catalogue);
    this.options = new PathwayOptions(catalogue);
    this.optionsPerClient = optionsPerClient;
  }

  /** The options a client with none is told she just misses, as on her page. */
  static final int MISSES_PER_CLIENT = 3;

  private record Generated(List<Pathway> pathways, List<NearestMiss> misses) {}

  /** A cohort's clients, in order of registration, and the capacities their pathways draw on. */
  public record Cohort(
      List<PlannedClient> clients,
      List<IntakeSeats> intakeSeats,
      List<VacancyPositions> vacancyPositions,
      List<LoanFund> loanFunds,
      List<MarketRoom> marketRooms) {}

  /**
   * Assembles the cohort of {@code members} against the open vacancies and upcoming intakes, as of
   * {@code today}.
   */
  public Cohort assemble(
      List<CohortMember> members,
      List<JobOffer> jobs,
      List<TrainingOffer> trainings,
      LocalDate today) {
    return assemble(members, jobs, trainings, today, Map.of(), Map.of());
  }

  /**
   * The same, with what placements already made have taken: places in each market and amounts lent
   * from each loan fund, so the plan shares out only what is left.
   */
  public Cohort assemble(
      List<CohortMember> members,
      List<JobOffer> jobs,
      List<TrainingOffer> trainings,
      LocalDate today,
      Map<String, Integer> marketPlacesTaken,
      Map<String, java.math.BigDecimal> lent) {
    Map<String, List<JobOffer>> jobsByOccupation =
        jobs.stream().collect(Collectors.groupingBy(JobOffer::occupation));
    Map<String, List<TrainingOffer>> trainingsByOccupation =
        trainings.stream().collect(Collectors.groupingBy(CohortAssembly::occupationKey));
    List<CohortMember> ordered = new ArrayList<>(members);
    ordered.sort(
        Comparator.comparing(
                (CohortMember m) ->
                    m.registeredAt() == null ? java.time.Instant.EPOCH : m.registeredAt())
            .thenComparing(m -> m.code() == null ? "" : m.code()));
    Map<UUID, JobOffer> usedJobs = new LinkedHashMap<>();
    Map<UUID, TrainingOffer> usedTrainings = new LinkedHashMap<>();
    Set<String> usedMarkets = new LinkedHashSet<>();
    List<PlannedClient> clients = new ArrayList<>();
    int sequence = 0;
    Set<String> full = fullMarkets(marketPlacesTaken);
    // The generator is pure: clients are generated in parallel, numbered in order afterwards.
    List<Generated> pathways =
        ordered.parallelStream()
            .map(
                member -> {
                  PathwayGenerator.Candidates candidates =
                      candidatesFor(
                          member.profile(),
                          jobsByOccupation,
                          trainingsByOccupation,
                          full,
                          evidence);
                  List<Pathway> found =
                      generator.generate(member.profile(), candidates, today, optionsPerClient);
                  return new Generated(
                      found,
                      found.isEmpty()
                          ? generator.nearestMisses(
                              member.profile(), candidates, today, MISSES_PER_CLIENT)
                          : List.of());
                })
            .toList();
    for (int i = 0; i < ordered.size(); i++) {
      CohortMember member = ordered.get(i);
      UUID clientId = member.profile().id();
      List<PlannedOption> planned = new ArrayList<>();
      for (Pathway pathway : pathways.get(i).pathways()) {
        planned.add(options.of("p" + (++sequence), clientId, pathway));
        if (pathway.job() != null) {
          usedJobs.putIfAbsent(pathway.job().id(), pathway.job());
        }
        if (pathway.training() != null) {
          usedTrainings.putIfAbsent(pathway.training().id(), pathway.training());
        }
        if (pathway.marketKey() != null) {
          usedMarkets.add(pathway.marketKey());
        }
      }
      List<PlannedMiss> misses = new ArrayList<>();
      for (NearestMiss miss : pathways.get(i).misses()) {
        misses.add(
            new PlannedMiss(
                options.of("m" + (misses.size() + 1), clientId, miss.pathway()),
                miss.shortBy(),
                miss.blockedBy().name(),
                miss.wouldWorkWith().stream().map(PlannedMiss.Remedy::of).toList()));
      }
      clients.add(
          new PlannedClient(
              clientId,
              member.code(),
              member.householdId(),
              priority(member, today),
              planned,
              misses));
    }
    return new Cohort(
        clients,
        usedTrainings.values().stream()
            .map(t -> new IntakeSeats(t.id(), Math.max(0, t.openSeats())))
            .toList(),
        usedJobs.values().stream()
            .map(j -> new VacancyPositions(j.id(), j.employerId(), Math.max(0, j.openPositions())))
            .toList(),
        catalogue.microcreditProducts().stream()
            .filter(p -> p.fundSize() != null)
            .map(
                p ->
                    new LoanFund(
                        p.code(),
                        Math.max(
                            0,
                            Money.toCents(p.fundSize())
                                - Money.toCents(
                                    lent.getOrDefault(p.code(), java.math.BigDecimal.ZERO)))))
            .toList(),
        usedMarkets.stream()
            .map(
                key ->
                    new MarketRoom(
                        key, Math.max(0, marketRoom(key) - marketPlacesTaken.getOrDefault(key, 0))))
            .toList());
  }

  /** The weight of leaving this client without a pathway, see {@link ClientAssignment}. */
  static int priority(CohortMember member, LocalDate today) {
    boolean minor = member.profile().birthDate() != null && member.profile().ageOn(today) < 18;
    int weeksWaiting =
        member.registeredAt() == null
            ? 0
            : (int)
                ChronoUnit.WEEKS.between(
                    member.registeredAt().atZone(ZoneOffset.UTC).toLocalDate(), today);
    return ClientAssignment.priorityWeight(minor, member.headOfHousehold(), weeksWaiting);
  }

  private int marketRoom(String marketKey) {
    return org.livelihoodmatch.catalogue.CatalogueCapacities.capacity(catalogue, marketKey);
  }

  /**
   * Every vacancy and intake of the occupations she wants or knows: a plan's candidates for one
   * client, from the plan's offers grouped by occupation.
   */
  public static PathwayGenerator.Candidates candidatesFor(
      ClientProfile profile,
      Map<String, List<JobOffer>> jobs,
      Map<String, List<TrainingOffer>> trainings) {
    return candidatesFor(profile, jobs, trainings, Set.of(), OutcomeEvidence.NONE);
  }

  private Set<String> fullMarkets(Map<String, Integer> taken) {
    return org.livelihoodmatch.catalogue.CatalogueCapacities.fullMarkets(catalogue, taken);
  }

  static PathwayGenerator.Candidates candidatesFor(
      ClientProfile profile,
      Map<String, List<JobOffer>> jobs,
      Map<String, List<TrainingOffer>> trainings,
      Set<String> fullMarkets,
      OutcomeEvidence evidence) {
    Set<String> occupations = new LinkedHashSet<>(profile.preferredOccupations());
    occupations.addAll(profile.skills().keySet());
    List<JobOffer> jobOffers = new ArrayList<>();
    List<TrainingOffer> trainingOffers = new ArrayList<>();
    for (String occupation : occupations) {
      jobOffers.addAll(jobs.getOrDefault(occupation, List.of()));
      trainingOffers.addAll(trainings.getOrDefault(occupation, List.of()));
    }
    // school and literacy: for a child, and for anyone who asks (the generator checks which)
    trainingOffers.addAll(trainings.getOrDefault(EDUCATION, List.of()));
    return new PathwayGenerator.Candidates(jobOffers, trainingOffers, fullMarkets, evidence);
  }

  /** School and literacy intakes are grouped apart from every occupation's. */
  private static final String EDUCATION = " education";

  /** The group of an intake: its occupation's, or {@link #EDUCATION}. */
  public static String occupationKey(TrainingOffer t) {
    return t.isEducation() ? EDUCATION : t.occupation();
  }
}
