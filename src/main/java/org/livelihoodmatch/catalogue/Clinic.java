package org.livelihoodmatch.catalogue;

import java.util.List;

/**
 * A clinic offering HIV services (antiretroviral treatment, {@code ART}; testing and counselling,
 * {@code VCCT}) in a province: a client who needs one is offered only pathways in a province that
 * has one. Most rows are unverified (see catalogues/README.md): the provenance says which.
 */
public record Clinic(
    String code,
    String province,
    String town,
    String name,
    List<String> services,
    Provenance provenance) {

  public boolean treatsHiv() {
    return services.contains("ART");
  }
}
