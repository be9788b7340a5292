package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.MarketDemand;
import org.livelihoodmatch.catalogue.Occupation;

/**
 * The one generator of pathways (DESIGN decision 5): for one client and the open vacancies and
 * intakes offered to it, every feasible way into a livelihood (eligible and with a budget surplus
 * that is not negative), best first, capped. It serves the officer's match list and the planner's
 * value ranges alike.
 */
public final class PathwayGenerator {

  /** Intakes tried in front of one job or business: the nearest fitting ones. */
  private static final int TRAININGS_PER_DESTINATION = 2;

  private final Catalogue catalogue;
  private final Financing financing;
  private final PathwayScoring scoring;
  private final NearestMisses misses;
  private final HouseholdPathways household;

  public PathwayGenerator(Catalogue catalogue) {
    this.misses = new NearestMisses(catalogue);
    this.catalogue = catalogue;
    this.financing = new Financing(catalogue);
    this.scoring = new PathwayScoring(catalogue);
    this.household = new HouseholdPathways(catalogue, financing);
  }

  /**
   * The vacancies and intakes a client may be offered (already narrowed by the caller), the markets
   * that placements already made have filled (no self-employment is offered in them), and what
   * recorded outcomes teach (retention, observed incomes).
   */
  public record Candidates(
      List<JobOffer> jobs,
      List<TrainingOffer> trainings,
      Set<String> fullMarkets,
      OutcomeEvidence evidence) {

    public Candidates(List<JobOffer> jobs, List<TrainingOffer> trainings) {
      this(jobs, trainings, Set.of(), OutcomeEvidence.NONE);
    }

    public Candidates(List<JobOffer> jobs, List<TrainingOffer> trainings, Set<String> fullMarkets) {
      this(jobs, trainings, fullMarkets, OutcomeEvidence.NONE);
    }
  }

  /**
   * Every feasible pathway of {@code client}, best first, at most {@code limit}. A client who needs
   * a clinic is kept out of provinces without one; a child under 15 is offered school and family
   * livelihoods only, never work.
   */
  public List<Pathway> generate(
      ClientProfile client, Candidates candidates, LocalDate today, int limit) {
    client = withHealthNeeds(client);
    LocalDate earliest = Eligibility.earliestStart(client, today);
    Set<String> wanted = occupationsOfInterest(client);
    Map<String, List<TrainingOffer>> joinable = joinableTrainings(client, candidates, earliest);
    Map<String, Pathway> found = new LinkedHashMap<>();
    List<HouseholdPathways.Usable> usable = household.usable(client, candidates);
    HouseholdPathways.Factory factory =
        (c, kind, t, loan, family, budget, evidence) ->
            pathway(c, kind, t, null, null, loan, family, budget, evidence);
    boolean child = client.childOn(earliest);
    if (child) {
      client = client.wantingEducation();
    }
    if (client.wantsEducation()) {
      household.education(
          client,
          earliest,
          joinable.getOrDefault(EDUCATION, List.of()),
          usable,
          candidates.evidence(),
          factory,
          found);
    }
    household.familyLivelihoods(client, earliest, usable, candidates.evidence(), factory, found);
    if (child) {
      return ranked(client, found, limit, TrainingCredit.NONE);
    }
    for (JobOffer job : candidates.jobs()) {
      Occupation occupation = catalogue.occupation(job.occupation()).orElse(null);
      if (occupation == null
          || !wanted.contains(job.occupation())
          || !Eligibility.mayTakeJob(client, job, occupation, earliest)) {
        continue;
      }
      if (Eligibility.readyWithoutTraining(client, occupation)) {
        add(found, jobPathway(client, null, job, candidates.evidence(), usable));
      }
      for (TrainingOffer t :
          trainingsBefore(joinable, job.occupation(), job.province(), job.startDate())) {
        add(found, jobPathway(client, t, job, candidates.evidence(), usable));
      }
    }
    if (client.wantsSelfEmployment()) {
      for (MarketDemand market : catalogue.marketDemand()) {
        if (!wanted.contains(market.occupation())
            || market.newBusinessesPerYear() <= 0
            || candidates.fullMarkets().contains(market.marketKey())
            || !Eligibility.mayWorkIn(client, market.province())
            || !client.speaksKhmer() && !market.province().equals(client.homeProvince())) {
          continue;
        }
        Occupation occupation = catalogue.occupation(market.occupation()).orElseThrow();
        if (!Eligibility.oldEnough(client, earliest, 0, occupation)) {
          continue;
        }
        if (client.isSkilledIn(market.occupation())) {
          add(found, businessPathway(client, null, market, occupation, candidates.evidence()));
        }
        for (TrainingOffer t :
            trainingsBefore(joinable, market.occupation(), market.province(), null)) {
          add(found, businessPathway(client, t, market, occupation, candidates.evidence()));
        }
      }
    }
    TrainingCredit credit = TrainingCredit.of(found.values(), catalogue, today);
    found.replaceAll((key, pathway) -> credit.credited(pathway));
    return ranked(client, found, limit, credit);
  }

  private List<Pathway> ranked(
      ClientProfile client, Map<String, Pathway> found, int limit, TrainingCredit credit) {
    return found.values().stream()
        .sorted(
            Comparator.comparingDouble(Pathway::score)
                .reversed()
                .thenComparing(Pathway::surplus, Comparator.reverseOrder())
                .thenComparing(Pathway::key))
        .limit(limit)
        .map(draft -> explained(client, draft, credit))
        .toList();
  }

  /**
   * For a client with no feasible pathway: the options she misses most narrowly, what blocks each
   * and what would make it work, best first.
   */
  public List<NearestMiss> nearestMisses(
      ClientProfile client, Candidates candidates, LocalDate today, int limit) {
    return misses.find(withHealthNeeds(client), candidates, today, limit);
  }

  /** She who needs HIV care stays out of the provinces whose clinics catalogue has none. */
  private ClientProfile withHealthNeeds(ClientProfile client) {
    return client.needsHealthClinic()
        ? client.avoiding(catalogue.provincesWithoutHivCare())
        : client;
  }

  /** The pathway with its reasons, which only the pathways kept are worth writing. */
  private Pathway explained(ClientProfile client, Pathway draft, TrainingCredit credit) {
    List<Reason> reasons = new java.util.ArrayList<>(scoring.reasons(client, draft));
    reasons.addAll(credit.reasons(draft));
    return new Pathway(
        draft.kind(),
        draft.training(),
        draft.job(),
        draft.selfEmployment(),
        draft.loan(),
        draft.familyLivelihood(),
        draft.budget(),
        draft.preferenceRank(),
        draft.distanceKm(),
        draft.score(),
        List.copyOf(reasons),
        draft.expectedRetention());
  }

  private static Set<String> occupationsOfInterest(ClientProfile client) {
    Set<String> wanted = new LinkedHashSet<>(client.preferredOccupations());
    wanted.addAll(client.skills().keySet());
    return wanted;
  }

  private static void add(Map<String, Pathway> found, Pathway pathway) {
    if (pathway != null) {
      found.putIfAbsent(pathway.key(), pathway);
    }
  }

  /** The key under which school and literacy intakes are grouped: no occupation has it. */
  private static final String EDUCATION = " education";

  /**
   * The intakes she may join, by occupation (school and literacy apart, under {@link #EDUCATION}):
   * checked once per client, not once per job.
   */
  private static Map<String, List<TrainingOffer>> joinableTrainings(
      ClientProfile client, Candidates candidates, LocalDate earliest) {
    Map<String, List<TrainingOffer>> joinable = new java.util.HashMap<>();
    for (TrainingOffer t : candidates.trainings()) {
      if (Eligibility.mayJoin(client, t, earliest)) {
        String key = t.isEducation() ? EDUCATION : t.occupation();
        joinable.computeIfAbsent(key, o -> new java.util.ArrayList<>()).add(t);
      }
    }
    return joinable;
  }

  /** The nearest intakes of the occupation she may join that end before {@code startBy}. */
  private List<TrainingOffer> trainingsBefore(
      Map<String, List<TrainingOffer>> joinable,
      String occupation,
      String destination,
      LocalDate startBy) {
    return joinable.getOrDefault(occupation, List.of()).stream()
        .filter(t -> startBy == null || t.endDate().isBefore(startBy))
        .sorted(
            Comparator.comparingInt((TrainingOffer t) -> distance(t.province(), destination))
                .thenComparing(TrainingOffer::startDate)
                .thenComparing(TrainingOffer::id))
        .limit(TRAININGS_PER_DESTINATION)
        .toList();
  }

  private Pathway jobPathway(
      ClientProfile client,
      TrainingOffer training,
      JobOffer job,
      OutcomeEvidence evidence,
      List<HouseholdPathways.Usable> usable) {
    Pathway.Kind kind = training == null ? Pathway.Kind.JOB : Pathway.Kind.TRAINING_THEN_JOB;
    boolean atHome = livesAtHome(client, job.province());
    Budget budget =
        LivelihoodBudget.compute(
            catalogue.livingCosts(job.province()),
            new LivelihoodBudget.Terms(
                job.monthlyWage(),
                job.providesMeals(),
                job.providesAccommodation(),
                atHome,
                client.monthlyRemittance(),
                Money.ZERO,
                client.debtRepayment()));
    if (budget.meetsThreshold()) {
      return pathway(client, kind, training, job, null, null, null, budget, evidence);
    }
    return withFamilyLivelihood(
        client,
        evidence,
        kind,
        training,
        job,
        job.province(),
        job.monthlyWage(),
        job.providesMeals(),
        job.providesAccommodation(),
        usable);
  }

  private Pathway businessPathway(
      ClientProfile client,
      TrainingOffer training,
      MarketDemand market,
      Occupation occupation,
      OutcomeEvidence evidence) {
    Pathway.Kind kind =
        training == null
            ? Pathway.Kind.SELF_EMPLOYMENT
            : Pathway.Kind.TRAINING_THEN_SELF_EMPLOYMENT;
    IncomeEstimate income =
        evidence.income(market.province(), market.occupation(), market.netMonthlyIncome());
    Pathway.SelfEmployment business =
        new Pathway.SelfEmployment(
            market.province(),
            market.occupation(),
            income.monthlyIncome(),
            occupation.startupCapital(),
            income.source());
    Pathway.Loan loan = financing.businessLoan(occupation.startupCapital()).orElse(null);
    if (loan == null && occupation.startupCapital().signum() > 0) {
      return null;
    }
    BigDecimal instalment = loan == null ? Money.ZERO : loan.monthlyRepayment();
    Budget budget =
        LivelihoodBudget.compute(
            catalogue.livingCosts(market.province()),
            new LivelihoodBudget.Terms(
                income.monthlyIncome(),
                false,
                false,
                livesAtHome(client, market.province()),
                client.monthlyRemittance(),
                instalment,
                client.debtRepayment()));
    return budget.meetsThreshold()
            && Affordability.allowsNewLoan(budget.income(), client.debtRepayment(), instalment)
        ? pathway(client, kind, training, null, business, loan, null, budget, evidence)
        : null;
  }

  /**
   * Lifts an otherwise negative budget with a family livelihood her household can take up at home
   * (see {@link HouseholdPathways#usable}), when the surplus then reaches the threshold and the
   * loan is affordable beside the household's debts; the best such livelihood wins.
   */
  private Pathway withFamilyLivelihood(
      ClientProfile client,
      OutcomeEvidence evidence,
      Pathway.Kind kind,
      TrainingOffer training,
      JobOffer job,
      String province,
      BigDecimal wage,
      boolean meals,
      boolean accommodation,
      List<HouseholdPathways.Usable> usable) {
    Pathway best = null;
    for (HouseholdPathways.Usable u : usable) {
      Budget budget =
          LivelihoodBudget.compute(
              catalogue.livingCosts(province),
              new LivelihoodBudget.Terms(
                  wage.add(u.livelihood().monthlyNetIncome()),
                  meals,
                  accommodation,
                  livesAtHome(client, province),
                  client.monthlyRemittance(),
                  u.repayment(),
                  client.debtRepayment()));
      if (budget.meetsThreshold()
          && Affordability.allowsNewLoan(budget.income(), client.debtRepayment(), u.repayment())
          && (best == null || budget.surplus().compareTo(best.surplus()) > 0)) {
        best = pathway(client, kind, training, job, null, u.loan(), u.choice(), budget, evidence);
      }
    }
    return best;
  }

  private Pathway pathway(
      ClientProfile client,
      Pathway.Kind kind,
      TrainingOffer training,
      JobOffer job,
      Pathway.SelfEmployment business,
      Pathway.Loan loan,
      Pathway.FamilyLivelihoodChoice family,
      Budget budget,
      OutcomeEvidence evidence) {
    Pathway draft =
        new Pathway(
            kind, training, job, business, loan, family, budget, 0, 0, 0.0, List.of(), null);
    String province = draft.workProvince();
    int rank = client.preferenceRank(kind == Pathway.Kind.EDUCATION, draft.occupation());
    Retention retention = evidence.retention(RetentionKey.of(draft));
    double score =
        scoring.score(client, kind, rank, province, budget, training, loan != null, retention);
    return new Pathway(
        kind,
        training,
        job,
        business,
        loan,
        family,
        budget,
        rank,
        distance(client.homeProvince(), province),
        score,
        List.of(),
        retention);
  }

  private boolean livesAtHome(ClientProfile client, String province) {
    return client.canLiveAtHome() && province.equals(client.homeProvince());
  }

  private int distance(String from, String to) {
    if (from == null || to == null || from.equals(to)) {
      return 0;
    }
    var a = catalogue.province(from);
    var b = catalogue.province(to);
    return a.isPresent() && b.isPresent() ? a.get().distanceKmTo(b.get()) : 0;
  }
}
