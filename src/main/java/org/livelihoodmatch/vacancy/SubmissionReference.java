package org.livelihoodmatch.vacancy;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The reference number a form's sender gets, like {@code VF-7K3Q-9PXA}: easy to read out on the
 * phone (no I, L, O or U), and random, so nobody can walk through other employers' submissions.
 */
final class SubmissionReference {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORMAT =
      Pattern.compile("VF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SubmissionReference() {}

  static String next() {
    StringBuilder reference = new StringBuilder("VF-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }

  static boolean isWellFormed(String reference) {
    return reference != null && FORMAT.matcher(reference).matches();
  }
}
