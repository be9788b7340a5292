package org.livelihoodmatch.benchmarks.search;

import java.util.Random;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;

/** The titles employers and providers write: everyday words of the trade, English or Khmer. */
final class Texts {

  private static final String[] EN = {
    "%s wanted", "Experienced %s", "%s needed in %s", "Trainee %s", "%s, start next month", "%s"
  };
  private static final String[] KM = {"ត្រូវការ%s", "%s នៅ%s", "ជ្រើសរើស%s", "%s"};

  private Texts() {}

  static String synonym(Occupation o, Random random) {
    int n = o.synonymsEn().size();
    return n == 0 ? o.nameEn() : o.synonymsEn().get(random.nextInt(n));
  }

  static String khmerSynonym(Occupation o, Random random) {
    int n = o.synonymsKm().size();
    return n == 0 || random.nextInt(3) == 0 ? o.nameKm() : o.synonymsKm().get(random.nextInt(n));
  }

  static String englishTitle(Occupation o, Province p, Random random) {
    String word = random.nextInt(4) == 0 ? o.nameEn() : synonym(o, random);
    String template = EN[random.nextInt(EN.length)];
    String title = String.format(template, word, p.nameEn());
    return Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }

  static String khmerTitle(Occupation o, Province p, Random random) {
    return String.format(KM[random.nextInt(KM.length)], khmerSynonym(o, random), p.nameKm());
  }
}
