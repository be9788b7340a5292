package org.livelihoodmatch.vacancy;

import java.util.Arrays;
import java.util.List;

/**
 * Red flags as stored with the vacancy: {@code CODE|message}, then {@code |figure} for each figure
 * behind it. Messages and figures are the screening's own words and numbers, never a bar.
 */
final class StoredFlags {

  private static final String BAR = "|";

  private StoredFlags() {}

  static List<String> write(List<RedFlag> flags) {
    return flags.stream()
        .map(
            f -> {
              StringBuilder stored = new StringBuilder(f.code()).append(BAR).append(f.message());
              f.figures().forEach(figure -> stored.append(BAR).append(figure));
              return stored.toString();
            })
        .toList();
  }

  static List<RedFlag> read(List<String> stored) {
    if (stored == null) {
      return List.of();
    }
    return stored.stream()
        .map(
            s -> {
              String[] parts = s.split("\\|", -1);
              return parts.length < 2
                  ? new RedFlag(s, s)
                  : new RedFlag(parts[0], parts[1], Arrays.asList(parts).subList(2, parts.length));
            })
        .toList();
  }
}
