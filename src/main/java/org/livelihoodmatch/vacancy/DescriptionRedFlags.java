package org.livelihoodmatch.vacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an offer's free text for what traffickers write: fees and deposits, "no experience, high
 * pay", passports kept, recruitment abroad, in English and Khmer.
 */
final class DescriptionRedFlags {

  private record Rule(String code, Pattern pattern, String message) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "TEXT_FEES_OR_DEPOSIT",
              Pattern.compile(
                  "\\b(fees?|deposit|pay (us|for) (the )?(job|placement|visa|"
                      + "transport)|advance payment|recruitment cost)\\b|ថ្លៃសេវា|ប្រាក់កក់|បង់ប្រាក់"),
              "the text mentions fees or a deposit"),
          new Rule(
              "TEXT_NO_EXPERIENCE_HIGH_PAY",
              Pattern.compile(
                  "(no (experience|skills?) (needed|required|necessary).*(high|big|"
                      + "good|easy) (pay|salary|money|income))|((high|big|easy) (pay|salary|money)"
                      + ".*no (experience|skills?))|មិនត្រូវការបទពិសោធន៍.*(ប្រាក់ខែខ្ពស់|លុយច្រើន)"),
              "the text promises high pay with no experience"),
          new Rule(
              "TEXT_DOCUMENTS_KEPT",
              Pattern.compile(
                  "\\b(keep|hold|retain|surrender|hand over)\\b.{0,30}\\b(passports?|"
                      + "id cards?|identity|documents?)\\b|រក្សាលិខិតឆ្លងដែន|ប្រគល់អត្តសញ្ញាណប័ណ្ណ"),
              "the text says documents will be kept"),
          new Rule(
              "TEXT_WORK_ABROAD",
              Pattern.compile(
                  "\\b(abroad|overseas|thailand|malaysia|vietnam|korea|"
                      + "fishing boat|across the border)\\b|ធ្វើការនៅបរទេស|ប្រទេសថៃ|ម៉ាឡេស៊ី|ទូកនេសាទ"),
              "the text mentions recruitment abroad or on fishing boats"));

  List<RedFlag> find(String title, String description) {
    String text =
        ((title == null ? "" : title) + " " + (description == null ? "" : description))
            .toLowerCase(Locale.ROOT);
    List<RedFlag> flags = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(text).find()) {
        flags.add(new RedFlag(rule.code(), rule.message()));
      }
    }
    return flags;
  }
}
