package org.livelihoodmatch.vacancy;

/**
 * A sign that an offer may be a trafficker's bait: it does not refuse the vacancy but holds it for
 * an officer. The code is stable (pages translate it); the message explains it in English.
 */
public record RedFlag(String code, String message) {}
