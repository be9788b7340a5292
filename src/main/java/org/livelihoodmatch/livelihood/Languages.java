package org.livelihoodmatch.livelihood;

import java.util.Collection;
import java.util.Set;

/**
 * Languages as the service records them: ISO 639 codes ({@code km} Khmer, {@code tpu} Tampuan,
 * {@code cmo} Bunong, ...). Work and training are in Khmer unless they say otherwise.
 */
public final class Languages {

  public static final String KHMER = "km";

  private Languages() {}

  /** {@code languages}, or Khmer alone when none is named. */
  public static Set<String> orKhmer(Collection<String> languages) {
    return languages == null || languages.isEmpty() ? Set.of(KHMER) : Set.copyOf(languages);
  }
}
