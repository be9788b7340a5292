package org.livelihoodmatch.catalogue;

/**
 * Where a catalogue figure comes from: its source, whether it is attributed or an estimate, and how
 * an estimate was made.
 */
public record Provenance(String source, String status, String notes) {

  public boolean estimate() {
    return status.toLowerCase().contains("estimate");
  }
}
