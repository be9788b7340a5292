package org.livelihoodmatch.benchmarks.planning;

/** Prints what each generated instance holds: ./mvnw -Pbenchmarks test-compile exec:java ... */
public final class InstanceStats {

  private InstanceStats() {}

  public static void main(String[] args) {
    for (CohortInstances.Size size : CohortInstances.Size.values()) {
      if (args.length > 0 && !java.util.Arrays.asList(args).contains(size.name())) {
        continue;
      }
      long start = System.nanoTime();
      CohortInstances.Instance instance = CohortInstances.generate(size);
      long ms = (System.nanoTime() - start) / 1_000_000;
      int options = instance.clients().stream().mapToInt(c -> c.options().size()).sum();
      long none = instance.clients().stream().filter(c -> c.options().isEmpty()).count();
      System.out.printf(
          "%s: %d clients (%d without options), %d options, %d intakes, %d vacancies, %d markets,"
              + " funds %s, generated in %d ms%n",
          size,
          instance.clients().size(),
          none,
          options,
          instance.inputs().intakeSeats().size(),
          instance.inputs().vacancyPositions().size(),
          instance.inputs().marketRooms().size(),
          instance.inputs().loanFunds(),
          ms);
      int[] byKind = new int[4];
      instance.clients().stream()
          .flatMap(c -> c.options().stream())
          .forEach(o -> byKind[o.option().kind().ordinal()]++);
      System.out.println("  by kind " + java.util.Arrays.toString(byKind));
    }
  }
}
