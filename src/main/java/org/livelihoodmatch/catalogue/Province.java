package org.livelihoodmatch.catalogue;

/** One of Cambodia's 25 provinces, by its two-digit NCDD code, with its capital's position. */
public record Province(
    String code, String nameEn, String nameKm, double lat, double lon, Provenance provenance) {

  /** Great-circle distance between the two provinces' capitals, in whole kilometres. */
  public int distanceKmTo(Province other) {
    double r = 6371.0;
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return (int) Math.round(2 * r * Math.asin(Math.sqrt(a)));
  }
}
