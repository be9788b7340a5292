package org.livelihoodmatch.catalogue;

import java.util.List;

/** A clinic as {@code GET /api/v1/catalogue/clinics} answers it, with its provenance. */
record ClinicView(
    String code,
    String province,
    String town,
    String name,
    List<String> services,
    String source,
    String status,
    String notes) {

  static ClinicView of(Clinic c) {
    Provenance p = c.provenance();
    return new ClinicView(
        c.code(),
        c.province(),
        c.town(),
        c.name(),
        c.services(),
        p.source(),
        p.status(),
        p.notes());
  }
}
