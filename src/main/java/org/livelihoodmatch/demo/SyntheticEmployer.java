package org.livelihoodmatch.demo;

/**
 * A synthetic employer (an organisation of kind EMPLOYER, loaded as verified): its registered name,
 * the trade it hires for (see {@link SyntheticVacancy#employer()}), and where it is.
 */
public record SyntheticEmployer(
    String name,
    String trade,
    String province,
    String registrationNumber,
    String phone,
    String email,
    String address) {}
