package org.livelihoodmatch.vacancy;

import java.util.List;

/** Red flags as stored with the vacancy: {@code CODE|message}. */
final class StoredFlags {

  private StoredFlags() {}

  static List<String> write(List<RedFlag> flags) {
    return flags.stream().map(f -> f.code() + "|" + f.message()).toList();
  }

  static List<RedFlag> read(List<String> stored) {
    if (stored == null) {
      return List.of();
    }
    return stored.stream()
        .map(
            s -> {
              int bar = s.indexOf('|');
              return bar < 0
                  ? new RedFlag(s, s)
                  : new RedFlag(s.substring(0, bar), s.substring(bar + 1));
            })
        .toList();
  }
}
