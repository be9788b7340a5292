package org.livelihoodmatch.demo;

import java.util.List;
import java.util.Set;

/**
 * Common Khmer given and family names in Latin script, and employer names in the style of Cambodian
 * company registrations. Every synthetic person is a pseudonym: any likeness to a real person is
 * chance.
 */
final class Names {

  static final List<String> FEMALE =
      List.of(
          "Sokha",
          "Srey Mom",
          "Sophea",
          "Chanthou",
          "Sreyneang",
          "Bopha",
          "Chenda",
          "Kunthea",
          "Leakhena",
          "Malis",
          "Nary",
          "Phalla",
          "Rathana",
          "Sokunthea",
          "Sreyleak",
          "Thavy",
          "Vanny",
          "Chantrea",
          "Kolab",
          "Sopheap",
          "Sreypov",
          "Dalin",
          "Raksmey",
          "Pisey",
          "Channary",
          "Sokly",
          "Sovannary",
          "Navy",
          "Lina",
          "Srey Pich",
          "Sothy",
          "Kanha",
          "Mealea",
          "Sreymao",
          "Voleak",
          "Sopheak",
          "Theavy",
          "Chhorvy",
          "Sinat",
          "Rachana");

  static final List<String> MALE =
      List.of(
          "Dara",
          "Sokhom",
          "Piseth",
          "Rithy",
          "Vannak",
          "Sovann",
          "Bunthoeun",
          "Kosal",
          "Makara",
          "Narith",
          "Phirun",
          "Rathanak",
          "Samnang",
          "Sothea",
          "Veasna",
          "Visal",
          "Chhay",
          "Kimhuot",
          "Sokheng",
          "Vibol",
          "Sambath",
          "Sophal",
          "Chanthy",
          "Bunna",
          "Sokchea",
          "Ratha",
          "Seyha",
          "Thearith",
          "Vichet",
          "Oudom");

  static final List<String> FAMILY =
      List.of(
          "Chan", "Chea", "Chhun", "Heng", "Hem", "Keo", "Kim", "Kong", "Ly", "Long", "Meas", "Mao",
          "Nhem", "Nget", "Ouk", "Pen", "Phan", "Prak", "Sok", "Som", "Seng", "Sim", "Sun", "Tep",
          "Touch", "Um", "Vong", "Yim", "Yin", "Khiev", "Lim", "Mom", "Noun", "Pich", "Roeun",
          "Sorn", "Thach", "Chum", "Sar", "Nov");

  private static final List<String> BRANDS =
      List.of(
          "Angkor",
          "Mekong",
          "Tonle Sap",
          "Bayon",
          "Khmer Star",
          "Golden Lotus",
          "Royal Palm",
          "Apsara",
          "Naga",
          "Kampuchea",
          "Phnom Kulen",
          "Sunrise",
          "Preah Khan",
          "Koh Pich",
          "Champa",
          "Banteay Srei",
          "Sovann",
          "Rumduol",
          "Bokor",
          "Kirirom",
          "Lucky Seven",
          "Bright Future",
          "Green Rice",
          "Silver Pagoda",
          "Preah Vihear",
          "Tonle Bassac");

  private static final List<String> SUFFIXES =
      List.of("Co. Ltd", "Co. Ltd", "Enterprise", "Group Co. Ltd", "& Sons");

  private Names() {}

  static String given(Draw draw, String sex) {
    return draw.oneOf("M".equals(sex) ? MALE : FEMALE);
  }

  static String family(Draw draw) {
    return draw.oneOf(FAMILY);
  }

  /** An employer name like "Angkor Garments Co. Ltd", unique among {@code taken}. */
  static String employer(Draw draw, String business, Set<String> taken) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String name = draw.oneOf(BRANDS) + " " + business + " " + draw.oneOf(SUFFIXES);
      if (taken.add(name)) {
        return name;
      }
    }
    String name;
    int n = taken.size();
    do {
      name = draw.oneOf(BRANDS) + " " + business + " No. " + ++n + " Co. Ltd";
    } while (!taken.add(name));
    return name;
  }
}
