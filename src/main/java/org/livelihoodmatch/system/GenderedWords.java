package org.livelihoodmatch.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A sentence about a client with the pronoun of her sex: the bundles' plain key speaks of a woman
 * (most clients are), {@code key.M} of a man and {@code key.X} of someone whose sex is not
 * recorded. Pages call {@code ${@gendered.say('client.noMatches', client.profile.sex)}}; a key
 * without a variant for the sex falls back to the plain one.
 */
@Component("gendered")
public class GenderedWords {

  private final MessageSource messages;

  public GenderedWords(MessageSource messages) {
    this.messages = messages;
  }

  public String say(String key, String sex, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    if (!"F".equals(sex)) {
      String variant = key + ("M".equals(sex) ? ".M" : ".X");
      try {
        return messages.getMessage(variant, args, locale);
      } catch (NoSuchMessageException missing) {
        // the plain sentence reads the same for every sex
      }
    }
    return messages.getMessage(key, args, locale);
  }
}
