package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything a person reads is in English and in Khmer: each message bundle has the same keys in
 * both languages, none of them empty. A key that adds {@code En} or {@code Km} to another key names
 * that text in one language on purpose (shown beside the other) and lives in the English bundle
 * only. The bundles are those the application reads ({@code spring.messages.basename}), so a new
 * one is checked as soon as it is used.
 */
class MessageBundlesTests {

  @Test
  void everyMessageIsInEnglishAndKhmer() throws Exception {
    List<String> bundles = bundles();
    assertThat(bundles)
        .contains(
            "messages",
            "vacancy-messages",
            "admin-messages",
            "officer-messages",
            "planner-messages",
            "phone-messages");
    for (String bundle : bundles) {
      Properties english = load(bundle + ".properties");
      Properties khmer = load(bundle + "_km.properties");
      Set<String> bilingual = new TreeSet<>();
      english.stringPropertyNames().stream()
          .filter(k -> !oneLanguage(k, english))
          .forEach(bilingual::add);

      assertThat(new TreeSet<>(khmer.stringPropertyNames())).as(bundle).isEqualTo(bilingual);
      for (Properties language : new Properties[] {english, khmer}) {
        language.forEach(
            (key, value) ->
                assertThat(value.toString().strip()).as(bundle + " " + key).isNotEmpty());
      }
    }
  }

  /** The basenames of {@code spring.messages.basename} in application.properties. */
  private static List<String> bundles() throws Exception {
    Properties application = load("application.properties");
    return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /** {@code vacancy.tooMany.textKm} beside {@code vacancy.tooMany.text}: Khmer on purpose. */
  private static boolean oneLanguage(String key, Properties english) {
    return (key.endsWith("En") || key.endsWith("Km"))
        && english.containsKey(key.substring(0, key.length() - 2));
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
