package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;
import org.livelihoodmatch.livelihood.IncomeEstimate;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.Retention;
import org.livelihoodmatch.livelihood.RetentionKey;

/**
 * Back-test of expected retention (issue 10). A hidden ground truth gives every employer a true
 * probability of keeping a placement six months; a history of placements made without knowing it
 * (officers choose among a client's three best options by the retention-blind score) is simulated
 * month by month and split in time. The estimates made from the first {@value #SPLIT} months (the
 * placements still younger than six months censored, as the service sees them) then serve new
 * clients: the retention-aware matcher's first choice against the retention-blind one's, both by the
 * one {@link PathwayGenerator}, scored by the true probability of the employer chosen. Also the
 * calibration of the estimate (predicted against observed by decile, on placements of the months
 * after the split) and its cost per match (the same generator with and without the estimates).
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks test-compile exec:java
 * -Dexec.mainClass=org.livelihoodmatch.outcome.RetentionBackTest -Dexec.classpathScope=test
 * -Dexec.args="[seed] [placements per month]"} or {@code benchmarks/outcomes/run.sh}.
 */
public final class RetentionBackTest {

  static final int MONTHS = 24;
  static final int SPLIT = 18;
  static final LocalDate ORIGIN = LocalDate.of(2025, 1, 1);
  static final String[] TRADES = {
    "sewing-machine-operator", "hairdresser", "cook", "motorcycle-mechanic", "restaurant-server",
    "security-guard"
  };
  static final String[] PROVINCES = {"12", "20", "21", "17", "03"};

  record Employer(UUID id, String trade, String province, double truth) {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    int perMonth = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    Catalogue catalogue = CatalogueLoader.loadPackaged();
    PathwayGenerator generator = new PathwayGenerator(catalogue);
    Random random = new Random(seed);

    // Ground truth: most employers keep most placements; one in three loses most within months.
    List<Employer> employers = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      boolean poor = random.nextInt(3) == 0;
      double truth = poor ? 0.15 + 0.25 * random.nextDouble() : 0.55 + 0.4 * random.nextDouble();
      employers.add(
          new Employer(
              new UUID(seed, i),
              TRADES[random.nextInt(TRADES.length)],
              PROVINCES[random.nextInt(PROVINCES.length)],
              truth));
    }
    Map<UUID, Employer> byId = new HashMap<>();
    employers.forEach(e -> byId.put(e.id(), e));
    List<JobOffer> jobs = new ArrayList<>();
    for (Employer e : employers) {
      jobs.add(
          new JobOffer(
              UUID.randomUUID(),
              e.id(),
              e.trade() + " at " + e.id(),
              e.trade(),
              e.province(),
              BigDecimal.valueOf(210 + random.nextInt(13) * 10L).setScale(2),
              random.nextInt(4) == 0,
              random.nextInt(3) == 0,
              18,
              ORIGIN,
              1_000_000,
              Set.of("km")));
    }

    // History, made retention-blind: each month's clients placed on one of their three best.
    List<RetentionEstimator.History> history = new ArrayList<>();
    List<double[]> afterSplit = new ArrayList<>(); // employer truth, simulated outcome
    List<RetentionKey> afterSplitKeys = new ArrayList<>();
    LocalDate splitDay = ORIGIN.plusMonths(SPLIT);
    for (int month = 0; month < MONTHS; month++) {
      LocalDate start = ORIGIN.plusMonths(month).plusDays(random.nextInt(28));
      for (int n = 0; n < perMonth; n++) {
        ClientProfile client = client(random);
        List<Pathway> options = blind(generator, client, startingOn(jobs, start), start);
        if (options.isEmpty()) {
          continue;
        }
        Pathway chosen = options.get(random.nextInt(Math.min(3, options.size())));
        Employer employer = byId.get(chosen.job().employerId());
        boolean holds = random.nextDouble() < employer.truth();
        LocalDate end = holds ? null : start.plusMonths(random.nextInt(6)).plusDays(random.nextInt(25));
        if (month < SPLIT) {
          // as the service sees it on the split day: an end after it is not known yet
          LocalDate known = end != null && end.isBefore(splitDay) ? end : null;
          history.add(new RetentionEstimator.History(RetentionKey.of(chosen), start, known, 0));
        } else {
          afterSplit.add(new double[] {employer.truth(), holds ? 1 : 0});
          afterSplitKeys.add(RetentionKey.of(chosen));
        }
      }
    }
    long built = System.nanoTime();
    RetentionEstimator.RetentionTable table = RetentionEstimator.estimate(history, splitDay);
    double buildMs = (System.nanoTime() - built) / 1e6;
    OutcomeEvidence aware = evidence(table::lookup);
    OutcomeEvidence oracle =
        evidence(
            key -> {
              double p = byId.containsKey(UUID.fromString(key.unitId()))
                  ? byId.get(UUID.fromString(key.unitId())).truth()
                  : 0.5;
              return new Retention(6, p, 100, 0, 0, 0, key.unit());
            });

    // New clients after the split: the first choice of each matcher, by its employer's truth.
    int tested = 0;
    double blindHold = 0;
    double awareHold = 0;
    double oracleHold = 0;
    int differ = 0;
    double[] blindNanos = new double[3000];
    double[] awareNanos = new double[3000];
    LocalDate testDay = splitDay.plusDays(10);
    List<JobOffer> open = startingOn(jobs, testDay);
    for (int i = 0; i < 3000; i++) {
      ClientProfile client = client(random);
      long t0 = System.nanoTime();
      List<Pathway> b = generate(generator, client, open, testDay, OutcomeEvidence.NONE);
      long t1 = System.nanoTime();
      List<Pathway> a = generate(generator, client, open, testDay, aware);
      long t2 = System.nanoTime();
      blindNanos[i] = t1 - t0;
      awareNanos[i] = t2 - t1;
      if (b.isEmpty()) {
        continue;
      }
      List<Pathway> o = generate(generator, client, open, testDay, oracle);
      tested++;
      double hb = byId.get(b.get(0).job().employerId()).truth();
      double ha = byId.get(a.get(0).job().employerId()).truth();
      blindHold += hb;
      awareHold += ha;
      oracleHold += byId.get(o.get(0).job().employerId()).truth();
      if (!a.get(0).key().equals(b.get(0).key())) {
        differ++;
      }
    }
    blindHold /= tested;
    awareHold /= tested;
    oracleHold /= tested;

    System.out.printf(
        Locale.ROOT,
        "history: %d placements before the split (month %d of %d), %d after; %d employers,"
            + " estimates built in %.1f ms%n",
        history.size(),
        SPLIT,
        MONTHS,
        afterSplit.size(),
        employers.size(),
        buildMs);
    System.out.printf(
        Locale.ROOT,
        "first choices of %d new clients: held six months (true rate of the employer chosen):"
            + " retention-blind %.3f, retention-aware %.3f, oracle (true rates known) %.3f%n",
        tested,
        blindHold,
        awareHold,
        oracleHold);
    System.out.printf(
        Locale.ROOT,
        "uplift aware/blind %+.1f%% (oracle %+.1f%%); aware closes %.0f%% of the gap to the"
            + " oracle; first choice changed for %.0f%% of clients%n",
        100 * (awareHold / blindHold - 1),
        100 * (oracleHold / blindHold - 1),
        100 * (awareHold - blindHold) / (oracleHold - blindHold),
        100.0 * differ / tested);

    // Calibration: placements after the split, predicted (as of the split) against observed.
    double[][] pairs = new double[afterSplit.size()][];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] =
          new double[] {table.lookup(afterSplitKeys.get(i)).probability(), afterSplit.get(i)[1]};
    }
    Arrays.sort(pairs, (x, y) -> Double.compare(x[0], y[0]));
    System.out.println("calibration by decile of the prediction (n, predicted, observed):");
    double brier = 0;
    double brierFlat = 0;
    double mean = Arrays.stream(pairs).mapToDouble(p -> p[1]).average().orElse(0);
    for (double[] p : pairs) {
      brier += (p[0] - p[1]) * (p[0] - p[1]);
      brierFlat += (mean - p[1]) * (mean - p[1]);
    }
    for (int d = 0; d < 10; d++) {
      int from = d * pairs.length / 10;
      int to = (d + 1) * pairs.length / 10;
      double predicted = 0;
      double observed = 0;
      for (int i = from; i < to; i++) {
        predicted += pairs[i][0];
        observed += pairs[i][1];
      }
      System.out.printf(
          Locale.ROOT,
          "  decile %2d: n %4d, predicted %.3f, observed %.3f%n",
          d + 1,
          to - from,
          predicted / (to - from),
          observed / (to - from));
    }
    System.out.printf(
        Locale.ROOT,
        "Brier score %.4f against %.4f for one overall rate (skill %.1f%%)%n",
        brier / pairs.length,
        brierFlat / pairs.length,
        100 * (1 - brier / brierFlat));

    // Cost per match: the same generator, the same candidates, with and without the estimates.
    double[] b = Arrays.copyOfRange(blindNanos, 500, blindNanos.length);
    double[] a = Arrays.copyOfRange(awareNanos, 500, awareNanos.length);
    Arrays.sort(b);
    Arrays.sort(a);
    System.out.printf(
        Locale.ROOT,
        "generator per client (%d after 500 warm-up): without estimates p50 %.3f ms p95 %.3f ms;"
            + " with p50 %.3f ms p95 %.3f ms (ratio p50 %.2f, p95 %.2f)%n",
        a.length,
        b[b.length / 2] / 1e6,
        b[(int) (b.length * 0.95)] / 1e6,
        a[a.length / 2] / 1e6,
        a[(int) (a.length * 0.95)] / 1e6,
        a[a.length / 2] / b[b.length / 2],
        a[(int) (a.length * 0.95)] / b[(int) (b.length * 0.95)]);
  }

  /** The vacancies as open on {@code day}, starting a week later. */
  private static List<JobOffer> startingOn(List<JobOffer> jobs, LocalDate day) {
    return jobs.stream()
        .map(
            j ->
                new JobOffer(
                    j.id(),
                    j.employerId(),
                    j.title(),
                    j.occupation(),
                    j.province(),
                    j.monthlyWage(),
                    j.providesAccommodation(),
                    j.providesMeals(),
                    j.minAge(),
                    day.plusDays(7),
                    j.openPositions(),
                    j.languages()))
        .toList();
  }

  private static OutcomeEvidence evidence(java.util.function.Function<RetentionKey, Retention> f) {
    return new OutcomeEvidence() {
      @Override
      public Retention retention(RetentionKey key) {
        return f.apply(key);
      }

      @Override
      public IncomeEstimate income(String province, String occupation, BigDecimal figure) {
        return IncomeEstimate.catalogue(figure);
      }
    };
  }

  private static List<Pathway> blind(
      PathwayGenerator generator, ClientProfile client, List<JobOffer> jobs, LocalDate day) {
    return generate(generator, client, jobs, day, OutcomeEvidence.NONE);
  }

  private static List<Pathway> generate(
      PathwayGenerator generator,
      ClientProfile client,
      List<JobOffer> jobs,
      LocalDate day,
      OutcomeEvidence evidence) {
    return generator.generate(
        client, new PathwayGenerator.Candidates(jobs, List.of(), Set.of(), evidence), day, 10);
  }

  /** An adult skilled in one or two trades, willing to work in two or three provinces. */
  private static ClientProfile client(Random random) {
    String first = TRADES[random.nextInt(TRADES.length)];
    String second = TRADES[(java.util.Arrays.asList(TRADES).indexOf(first) + 1 + random.nextInt(TRADES.length - 1)) % TRADES.length];
    String home = PROVINCES[random.nextInt(PROVINCES.length)];
    List<String> provinces = new ArrayList<>(List.of(home));
    provinces.add(PROVINCES[random.nextInt(PROVINCES.length)]);
    boolean relocates = random.nextInt(3) == 0;
    return new ClientProfile(
        UUID.randomUUID(),
        LocalDate.of(1995 + random.nextInt(10), 1 + random.nextInt(12), 1),
        random.nextBoolean() ? "F" : "M",
        home,
        Set.of("km"),
        Literacy.BASIC,
        Map.of(first, SkillLevel.TRAINED, second, SkillLevel.EXPERIENCED),
        List.of(first, second),
        provinces,
        relocates,
        false,
        BigDecimal.valueOf(random.nextInt(4) * 10L),
        true,
        Set.of(),
        null);
  }
}
