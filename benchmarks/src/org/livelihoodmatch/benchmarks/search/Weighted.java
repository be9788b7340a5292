package org.livelihoodmatch.benchmarks.search;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;

/**
 * Picks from a list with weights: where vacancies, intakes and clients are (Phnom Penh and the
 * factory and tourist provinces most) and which trades they are in (garment work most, as in the
 * studies).
 */
final class Weighted<T> {

  private static final Map<String, Integer> PROVINCE_WEIGHTS =
      Map.of("12", 30, "08", 8, "17", 7, "02", 6, "03", 5, "18", 5, "21", 4, "14", 4, "05", 4);
  private static final Map<String, Integer> OCCUPATION_WEIGHTS =
      Map.ofEntries(
          Map.entry("sewing-machine-operator", 25),
          Map.entry("construction-labourer", 10),
          Map.entry("cook", 8),
          Map.entry("restaurant-server", 8),
          Map.entry("hairdresser", 6),
          Map.entry("motorcycle-mechanic", 6),
          Map.entry("beautician", 5),
          Map.entry("security-guard", 5),
          Map.entry("domestic-worker", 5),
          Map.entry("tailor", 5),
          Map.entry("market-vendor", 4),
          Map.entry("office-assistant", 4),
          Map.entry("entertainment-venue-worker", 1),
          Map.entry("fishing-crew", 1));

  private final List<T> items;
  private final int[] cumulative;

  private Weighted(List<T> items, int[] weights) {
    this.items = List.copyOf(items);
    this.cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static Weighted<Province> provinces(List<Province> provinces) {
    return new Weighted<>(
        provinces,
        provinces.stream().mapToInt(p -> PROVINCE_WEIGHTS.getOrDefault(p.code(), 2)).toArray());
  }

  static Weighted<Occupation> occupations(List<Occupation> occupations) {
    return new Weighted<>(
        occupations,
        occupations.stream().mapToInt(o -> OCCUPATION_WEIGHTS.getOrDefault(o.code(), 2)).toArray());
  }

  T pick(Random random) {
    int r = random.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (r < cumulative[i]) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }
}
