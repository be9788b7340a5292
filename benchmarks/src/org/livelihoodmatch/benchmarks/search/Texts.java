package org.livelihoodmatch.benchmarks.search;

import java.util.Random;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;

/**
 * The words of the dataset: titles as employers and providers write them (everyday words of the
 * trade, English or Khmer), working conditions, and clients' names.
 */
final class Texts {

  private static final String[] EN = {
    "%s wanted", "Experienced %s", "%s needed in %s", "Trainee %s", "%s, start next month", "%s"
  };
  private static final String[] KM = {"ត្រូវការ%s", "%s នៅ%s", "ជ្រើសរើស%s", "%s"};

  static final String[] CONDITIONS_EN = {
    "Monthly wage paid on time.", "Lunch provided.", "Accommodation near the workplace.",
    "Six days a week, eight hours a day.", "Safe workplace, women welcome.", "Overtime paid.",
    "No experience needed, we train you.", "Contract of one year.", "Transport allowance.",
    "Friendly team in a family business."
  };
  static final String[] CONDITIONS_KM = {
    "ប្រាក់ខែទៀងទាត់",
    "មានអាហារថ្ងៃត្រង់",
    "មានកន្លែងស្នាក់នៅ",
    "ធ្វើការប្រាំមួយថ្ងៃក្នុងមួយសប្តាហ៍",
    "ទទួលស្ត្រី",
    "មិនត្រូវការបទពិសោធន៍"
  };
  static final String[] GIVEN = {
    "Sreymom", "Theary", "Sokha", "Dara", "Bopha", "Channary", "Kosal", "Pisey", "Vanna", "Rithy",
    "Sophea", "Chenda", "Malis", "Nary", "Sovann", "Pheada", "Kimlang", "Thida", "Srey Leak",
        "Vibol"
  };
  static final String[] FAMILY = {
    "Chan", "Sok", "Keo", "Chea", "Heng", "Lim", "Mao", "Meas", "Nhem", "Phan", "Prak", "Seng",
    "Som", "Tep", "Vong", "Yim"
  };

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
