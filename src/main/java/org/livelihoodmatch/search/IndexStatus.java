package org.livelihoodmatch.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What the last commit of an index says about it, stored in the commit's user data: the schema
 * version it was built with, its document count per type, whether the service shut down cleanly
 * after it (if not, changes after the last commit may be lost), and a fingerprint of the occupation
 * terms it was indexed with. The application compares this with PostgreSQL at start-up to decide
 * whether to rebuild (see {@link SearchIndex#needsRebuild}).
 *
 * @param present whether an index was found at all
 * @param schemaVersion the {@link SearchIndex#SCHEMA_VERSION} it was built with (-1 if unknown)
 * @param counts documents per type at the commit
 * @param cleanShutdown whether the service closed the index properly after that commit
 * @param occupationTerms fingerprint of the occupation terms and Khmer words it was indexed with
 */
public record IndexStatus(
    boolean present,
    int schemaVersion,
    Map<SearchType, Long> counts,
    boolean cleanShutdown,
    String occupationTerms) {

  static final String SCHEMA_KEY = "schemaVersion";
  static final String CLEAN_KEY = "cleanShutdown";
  static final String TERMS_KEY = "occupationTerms";
  static final String COUNT_PREFIX = "count.";

  public IndexStatus {
    EnumMap<SearchType, Long> all = new EnumMap<>(SearchType.class);
    for (SearchType type : SearchType.values()) {
      all.put(type, counts == null ? 0L : counts.getOrDefault(type, 0L));
    }
    counts = Collections.unmodifiableMap(all);
    occupationTerms = occupationTerms == null ? "" : occupationTerms;
  }

  /** No index was found. */
  static IndexStatus missing() {
    return new IndexStatus(false, -1, Map.of(), false, "");
  }

  /** The documents of {@code type} at the commit. */
  public long count(SearchType type) {
    return counts.get(type);
  }

  /** Whether {@code expected} (missing types count as 0) equals the counts of this commit. */
  public boolean countsEqual(Map<SearchType, Long> expected) {
    for (SearchType type : SearchType.values()) {
      if (expected.getOrDefault(type, 0L) != count(type)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an index with this status must be rebuilt before use: missing, of another schema
   * version or configuration, not shut down cleanly, or with counts other than {@code expected}.
   */
  boolean needsRebuild(Map<SearchType, Long> expected, String configuration) {
    return !present
        || schemaVersion != SearchIndex.SCHEMA_VERSION
        || !occupationTerms.equals(configuration)
        || !cleanShutdown
        || !countsEqual(expected);
  }

  static IndexStatus fromCommitData(Map<String, String> data) {
    Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
    for (SearchType type : SearchType.values()) {
      counts.put(type, Long.parseLong(data.getOrDefault(COUNT_PREFIX + type.name(), "0")));
    }
    return new IndexStatus(
        true,
        Integer.parseInt(data.getOrDefault(SCHEMA_KEY, "-1")),
        counts,
        Boolean.parseBoolean(data.get(CLEAN_KEY)),
        data.get(TERMS_KEY));
  }

  Map<String, String> toCommitData() {
    Map<String, String> data = new HashMap<>();
    data.put(SCHEMA_KEY, Integer.toString(schemaVersion));
    data.put(CLEAN_KEY, Boolean.toString(cleanShutdown));
    data.put(TERMS_KEY, occupationTerms);
    counts.forEach((type, count) -> data.put(COUNT_PREFIX + type.name(), Long.toString(count)));
    return data;
  }
}
