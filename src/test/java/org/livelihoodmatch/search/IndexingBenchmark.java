package org.livelihoodmatch.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures a full rebuild and query latency on synthetic English and Khmer documents. Not a test:
 * run its {@code main} (args: document count, default 50000) with the test class path. Performance
 * is measured here, never asserted in a test.
 */
public final class IndexingBenchmark {

  private static final String[] EN = {
    "sewing",
    "machine",
    "operator",
    "garment",
    "factory",
    "tailor",
    "hairdresser",
    "salon",
    "motorcycle",
    "mechanic",
    "repair",
    "cook",
    "restaurant",
    "hotel",
    "cleaner",
    "driver",
    "shifts",
    "overtime",
    "training",
    "meals",
    "accommodation",
    "provided",
    "experience",
    "welcome",
    "women",
    "young",
    "people",
    "work",
    "safe",
    "contract",
    "monthly",
    "wage"
  };
  private static final String[] KM = {
    "កម្មករកាត់ដេរ", "ជាងកាត់សក់", "ជួសជុលម៉ូតូ", "ភោជនីយដ្ឋាន", "សណ្ឋាគារ", "ការងារ", "ប្រាក់ខែ",
    "បណ្តុះបណ្តាល", "ខេត្តកណ្ដាល", "ភ្នំពេញ", "ស្នាក់នៅ", "អាហារ", "ស្ត្រី", "យុវជន"
  };

  private IndexingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path directory = Files.createTempDirectory("search-benchmark");
    try (SearchIndex index = SearchFixtures.openIndex(directory)) {
      for (int round = 1; round <= 2; round++) {
        long start = System.nanoTime();
        IndexStatus status = index.rebuild(documents(count));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "rebuild %d: %d documents in %.2f s = %.0f documents/s%n",
            round,
            status.counts().values().stream().mapToLong(Long::longValue).sum(),
            seconds,
            count / seconds);
      }
      List<String> queries =
          List.of(
              "hairdresser", "motorbike repair", "ជួសជុលម៉ូតូ", "sewing machine", "hairdreser", "");
      for (String q : queries) {
        SearchQuery query = SearchQuery.text(q).near(11.5564, 104.9282, 100.0);
        index.search(query);
        long start = System.nanoTime();
        int runs = 50;
        long total = 0;
        for (int i = 0; i < runs; i++) {
          total += index.search(query).total();
        }
        System.out.printf(
            "query %-18s %6.2f ms (hits %d)%n",
            '"' + q + '"', (System.nanoTime() - start) / 1e6 / runs, total / runs);
      }
    } finally {
      IndexLocation.deleteRecursively(directory);
    }
  }

  static Stream<SearchDocument> documents(int count) {
    Random random = new Random(42);
    SearchType[] types = {SearchType.VACANCY, SearchType.TRAINING, SearchType.SELF_EMPLOYMENT};
    List<String> occupations =
        SearchFixtures.OCCUPATIONS.stream().map(OccupationTerms::occupationCode).toList();
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new SearchDocument(
                    types[i % types.length],
                    UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString(),
                    words(random, EN, 3) + " " + words(random, KM, 1),
                    words(random, EN, 30) + " " + words(random, KM, 10),
                    occupations.get(random.nextInt(occupations.size())),
                    String.format("%02d", 1 + random.nextInt(25)),
                    10.5 + random.nextDouble() * 3,
                    103 + random.nextDouble() * 3,
                    null,
                    LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365))));
  }

  private static String words(Random random, String[] vocabulary, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return text.toString();
  }
}
