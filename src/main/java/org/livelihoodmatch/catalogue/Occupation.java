package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * An occupation of the programmes, by stable slug, with its ISCO-08 code, names and everyday
 * synonyms in English and Khmer, its sector (which decides the legal wage floor), whether it is
 * hazardous for minors, whether it can be run as a small business, the typical market wage and, for
 * a small business, its start-up capital.
 */
public record Occupation(
    String code,
    String isco08,
    String nameEn,
    String nameKm,
    String sector,
    boolean hazardousForMinors,
    boolean selfEmployment,
    BigDecimal marketWage,
    BigDecimal startupCapital,
    List<String> synonymsEn,
    List<String> synonymsKm,
    Provenance provenance) {}
