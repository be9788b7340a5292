package org.livelihoodmatch.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text of a JSON body is read without the NUL character or refused, naming its field:
 * PostgreSQL cannot store NUL in text, and a request must not get as far as the database with it.
 */
@Configuration(proxyBeanMethods = false)
class TextWithoutNul {

  /** Added to the application's JSON mapper by Spring Boot. */
  @Bean
  JacksonModule textWithoutNulModule() {
    return new SimpleModule("text-without-nul").addDeserializer(String.class, new Reader());
  }

  /** A text that holds NUL: {@link UnreadableBody} names its field with this message. */
  static final class NulInText extends InvalidFormatException {
    NulInText(JsonParser parser, String value) {
      super(parser, NulCharacterFilter.MESSAGE, value, String.class);
    }
  }

  /**
   * A text with half of a UTF-16 surrogate pair (a JSON escape such as {@code "\ud800"} alone): it
   * is no character at all, and PostgreSQL would silently store it as {@code ?}.
   */
  static final class LoneSurrogate extends InvalidFormatException {
    static final String MESSAGE = "must not contain half of a surrogate pair (no character)";

    LoneSurrogate(JsonParser parser, String value) {
      super(parser, MESSAGE, value, String.class);
    }
  }

  private static final class Reader extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = super.deserialize(parser, context);
      if (text != null && text.indexOf('\0') >= 0) {
        throw new NulInText(parser, text);
      }
      if (text != null && hasLoneSurrogate(text)) {
        throw new LoneSurrogate(parser, text);
      }
      return text;
    }
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
