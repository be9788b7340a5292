package org.livelihoodmatch.outcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.Retention;
import org.livelihoodmatch.livelihood.RetentionKey;

/**
 * Estimates how likely a placement holds {@value Retention#MONTHS} months, with partial pooling
 * over a hierarchy: all placements, then the occupation, then the occupation in the province, then
 * the employer (or provider, or market) there. At each level a group's own rate is a Kaplan-Meier
 * estimate (placements still younger than six months are censored: they count for the months they
 * have lasted, never as failures), and it is drawn toward its parent's estimate like a
 * beta-binomial posterior mean: {@code (rate * n + kappa * parent) / (n + kappa)}, where {@code n}
 * is the group's effective number of placements (a censored one counts the share of the six months
 * it has lasted) and {@code kappa}, the prior's strength, is estimated from how much the level's
 * groups differ beyond chance (empirical Bayes, method of moments; see README "Expected
 * retention").
 */
final class RetentionEstimator {

  static final int H = Retention.MONTHS;

  /**
   * The strength of the prior of the top level: the field studies' rate counts as two placements.
   */
  static final double TOP_KAPPA = 2.0;

  /** The prior's strength when a level has too few groups to estimate it: four placements. */
  static final double DEFAULT_KAPPA = 4.0;

  /** Bounds of the estimated strength: never less than one placement, never more than fifty. */
  static final double MIN_KAPPA = 1.0;

  static final double MAX_KAPPA = 50.0;

  private RetentionEstimator() {}

  /** The estimates of every level, and the lookup of one key among them. */
  record RetentionTable(
      Map<RetentionKey, Retention> units,
      Map<String, Double> occupationProvince,
      Map<String, Double> occupation,
      double top) {

    /**
     * The unit's own estimate; for a unit with no recorded placement, its occupation's in the
     * province (or the occupation's, or everyone's), resting on none of its own.
     */
    Retention lookup(RetentionKey key) {
      Retention known = units.get(key);
      if (known != null) {
        return known;
      }
      double p =
          occupationProvince.getOrDefault(
              RetentionEstimator.occupationProvince(key),
              occupation.getOrDefault(key.occupation(), top));
      return new Retention(H, p, 0, 0, 0, 0, key.unit());
    }
  }

  /**
   * One placement's history: its key, start, end (null while running), and the last follow-up month
   * at which she was still in it (0 for none).
   */
  record History(RetentionKey key, LocalDate start, LocalDate endedOn, int lastMonthSeenIn) {}

  /** A group's placements, by what became of them at six months. */
  static final class Tally {
    int held;
    final int[] endedIn = new int[H + 1];
    final int[] censoredAt = new int[H];
    int ended;
    int censored;

    void add(History h, LocalDate today) {
      LocalDate horizon = h.start().plusMonths(H);
      if (h.endedOn() != null && h.endedOn().isBefore(horizon)) {
        long month = ChronoUnit.MONTHS.between(h.start(), h.endedOn()) + 1;
        endedIn[(int) Math.max(1, Math.min(H, month))]++;
        ended++;
      } else if (h.endedOn() != null || h.lastMonthSeenIn() >= H || !horizon.isAfter(today)) {
        held++;
      } else {
        long age = Math.max(h.lastMonthSeenIn(), ChronoUnit.MONTHS.between(h.start(), today));
        censoredAt[(int) Math.max(0, Math.min(H - 1, age))]++;
        censored++;
      }
    }

    int count() {
      return held + ended + censored;
    }

    /** Placements counted by how much of the six months they tell: censored ones in part. */
    double effective() {
      double n = held + ended;
      for (int age = 1; age < H; age++) {
        n += censoredAt[age] * (double) age / H;
      }
      return n;
    }

    /** The Kaplan-Meier estimate of holding six months (1 when no month had anyone at risk). */
    double kaplanMeier() {
      double survival = 1.0;
      for (int month = 1; month <= H; month++) {
        int atRisk = held;
        for (int k = month; k <= H; k++) {
          atRisk += endedIn[k];
        }
        for (int age = month; age < H; age++) {
          atRisk += censoredAt[age];
        }
        if (atRisk > 0) {
          survival *= 1.0 - (double) endedIn[month] / atRisk;
        }
      }
      return survival;
    }
  }

  static RetentionTable estimate(Collection<History> histories, LocalDate today) {
    Tally all = new Tally();
    Map<String, Tally> byOccupation = new HashMap<>();
    Map<String, Tally> byOccupationProvince = new HashMap<>();
    Map<RetentionKey, Tally> byUnit = new HashMap<>();
    for (History h : histories) {
      RetentionKey key = h.key();
      all.add(h, today);
      byOccupation.computeIfAbsent(key.occupation(), k -> new Tally()).add(h, today);
      byOccupationProvince.computeIfAbsent(occupationProvince(key), k -> new Tally()).add(h, today);
      byUnit.computeIfAbsent(key, k -> new Tally()).add(h, today);
    }
    double top = pooled(all, OutcomeEvidence.PRIOR_RETENTION, TOP_KAPPA);
    Map<String, Double> occupation = level(byOccupation, k -> top);
    Map<String, Double> occupationProvince =
        level(
            byOccupationProvince,
            k -> occupation.getOrDefault(k.substring(0, k.indexOf('@')), top));
    Map<RetentionKey, Double> unit =
        level(
            byUnit,
            k ->
                occupationProvince.getOrDefault(
                    occupationProvince(k), occupation.getOrDefault(k.occupation(), top)));
    Map<RetentionKey, Retention> retentions = new HashMap<>();
    unit.forEach(
        (key, p) -> {
          Tally t = byUnit.get(key);
          retentions.put(
              key, new Retention(H, p, t.count(), t.held, t.ended, t.censored, key.unit()));
        });
    return new RetentionTable(retentions, occupationProvince, occupation, top);
  }

  static String occupationProvince(RetentionKey key) {
    return key.occupation() + "@" + key.province();
  }

  /** Each group's estimate drawn toward its parent's, with the level's estimated strength. */
  private static <K> Map<K, Double> level(Map<K, Tally> groups, Function<K, Double> parent) {
    double kappa = kappa(groups.values());
    Map<K, Double> estimates = new HashMap<>();
    groups.forEach((key, t) -> estimates.put(key, pooled(t, parent.apply(key), kappa)));
    return estimates;
  }

  static double pooled(Tally t, double prior, double kappa) {
    double n = t.effective();
    return n <= 0 ? prior : (t.kaplanMeier() * n + kappa * prior) / (n + kappa);
  }

  /**
   * The prior's strength from the spread of the groups' rates (method of moments for a
   * beta-binomial): the observed variance of the rates less what chance alone gives is the variance
   * between groups, {@code tau2}; a beta prior of that variance around the mean {@code m} has
   * strength {@code m(1-m)/tau2 - 1}. Groups that differ no more than chance: the strongest
   * pooling; too few groups to tell: {@link #DEFAULT_KAPPA}.
   */
  static double kappa(Collection<Tally> groups) {
    List<Tally> told = groups.stream().filter(t -> t.effective() >= 1.0).toList();
    if (told.size() < 3) {
      return DEFAULT_KAPPA;
    }
    double n = 0;
    double sum = 0;
    for (Tally t : told) {
      n += t.effective();
      sum += t.effective() * t.kaplanMeier();
    }
    double mean = sum / n;
    double variance = 0;
    for (Tally t : told) {
      double d = t.kaplanMeier() - mean;
      variance += t.effective() * d * d;
    }
    variance /= n;
    double chance = mean * (1 - mean) * told.size() / n;
    double between = variance - chance;
    if (between <= 1e-9) {
      return MAX_KAPPA;
    }
    double kappa = mean * (1 - mean) / between - 1;
    return Math.max(MIN_KAPPA, Math.min(MAX_KAPPA, kappa));
  }
}
