package org.livelihoodmatch.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * Which new passwords are accepted: at least 12 characters, and not easy to guess. The guessing is
 * judged by nbvcxz, a Java port of Dropbox's zxcvbn estimator, rather than by rules written here:
 * it finds the cheapest way to build the password from its bundled lists of 100,000 commonly used
 * passwords, English words, names and surnames (with l33t spellings and typos), repeats ({@code
 * aaaaaaaaaaaa}, twelve spaces, {@code abcabcabcabc}), sequences ({@code 123456789012}), keyboard
 * walks, dates and years, and refuses one that needs fewer than the library's default of 35 bits of
 * guessing. The user's own name and the service's words are added to the lists for each check, so
 * that {@code officer-aofficer-a} is refused for {@code officer-a}.
 *
 * <p>Applies where a person chooses a password (an account made through the API, a password change,
 * the first administrator); demo users and test fixtures keep their known passwords.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;
  static final double MIN_BITS = ConfigurationBuilder.getDefaultMinimumEntropy();

  private static final List<String> SERVICE_WORDS =
      List.of("livelihood", "livelihoodmatch", "match", "cambodia", "khmer", "phnompenh", "ngo");

  /** What is wrong with a password: a code the pages translate and the API's English. */
  record Verdict(String code, String message) {}

  /** What is wrong with {@code password} for the user {@code username}, if anything. */
  Optional<String> problem(String password, String username) {
    return verdict(password, username).map(Verdict::message);
  }

  /**
   * The same with its code: {@code PASSWORD_SHORT}, {@code PASSWORD_LONG} or {@code
   * PASSWORD_GUESSABLE}.
   */
  Optional<Verdict> verdict(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of(
          new Verdict("PASSWORD_SHORT", "must have at least " + MIN_LENGTH + " characters"));
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(
          new Verdict("PASSWORD_LONG", "must have at most " + MAX_LENGTH + " characters"));
    }
    Result result = estimator(username).estimate(password);
    if (result.isMinimumEntropyMet()) {
      return Optional.empty();
    }
    String warning = result.getFeedback() == null ? null : result.getFeedback().getWarning();
    return Optional.of(
        new Verdict(
            "PASSWORD_GUESSABLE",
            "is too easy to guess"
                + (warning == null || warning.isBlank() ? "" : " (" + warning.strip() + ")")
                + ": choose a longer one, for example several unrelated words"));
  }

  private static Nbvcxz estimator(String username) {
    List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    DictionaryBuilder ranked = new DictionaryBuilder().setDictionaryName("service");
    for (int i = 0; i < SERVICE_WORDS.size(); i++) {
      ranked.addWord(SERVICE_WORDS.get(i), i + 1);
    }
    dictionaries.add(ranked.createDictionary());
    if (username != null && !username.isBlank()) {
      dictionaries.add(
          new DictionaryBuilder()
              .setDictionaryName("user")
              .setExclusion(true)
              .addWord(username.toLowerCase(Locale.ROOT), 0)
              .createDictionary());
    }
    return new Nbvcxz(
        new ConfigurationBuilder()
            .setDictionaries(dictionaries)
            .setMinimumEntropy(MIN_BITS)
            .setLocale(Locale.ENGLISH)
            .setMaxLength(MAX_LENGTH)
            .createConfiguration());
  }
}
