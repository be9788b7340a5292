package org.livelihoodmatch.search.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.livelihoodmatch.search.OccupationTerms;

/**
 * The occupation terms (and extra Khmer words) the index was configured with: looks up the names of
 * an occupation for indexing and fingerprints the configuration, because documents indexed with
 * other terms need a rebuild.
 */
public final class OccupationCatalogue {

  private final Map<String, OccupationTerms> byCode = new LinkedHashMap<>();
  private final List<String> khmerWords;

  public OccupationCatalogue(List<OccupationTerms> occupations, Collection<String> khmerWords) {
    for (OccupationTerms occupation : occupations) {
      if (byCode.putIfAbsent(occupation.occupationCode(), occupation) != null) {
        throw new IllegalArgumentException(
            "occupation given twice: " + occupation.occupationCode());
      }
    }
    this.khmerWords = List.copyOf(khmerWords);
  }

  List<OccupationTerms> occupations() {
    return List.copyOf(byCode.values());
  }

  List<String> khmerWords() {
    return khmerWords;
  }

  /** The occupation codes: tokens of the query analyzer that name an occupation. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /** All names and synonyms of {@code code}, empty when it is unknown. */
  public List<String> names(String code) {
    OccupationTerms occupation = code == null ? null : byCode.get(code);
    return occupation == null ? List.of() : occupation.allTerms();
  }

  /** A digest of every term and word, independent of the order they were given in. */
  public String fingerprint() {
    Map<String, OccupationTerms> sorted = new TreeMap<>(byCode);
    StringBuilder text = new StringBuilder();
    sorted.values().forEach(o -> text.append(o).append('\n'));
    khmerWords.stream().sorted().forEach(word -> text.append(word).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
