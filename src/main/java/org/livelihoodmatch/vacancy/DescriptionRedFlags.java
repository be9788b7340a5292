package org.livelihoodmatch.vacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an offer's free text for what traffickers write: fees and deposits, "no experience, high
 * pay", passports kept, recruitment abroad, advances to be worked off, in English and Khmer.
 */
final class DescriptionRedFlags {

  private record Rule(String code, Pattern pattern, String message) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "TEXT_FEES_OR_DEPOSIT",
              Pattern.compile(
                  "\\b(fees?|deposit|pay (us|for) (the )?(job|placement|visa|"
                      + "transport)|advance payment|recruitment cost|agent fee|registration fee)\\b"
                      + "|ថ្លៃសេវា|ប្រាក់កក់|បង់ប្រាក់|ថ្លៃភ្នាក់ងារ|ថ្លៃចុះឈ្មោះ"),
              "the text mentions fees or a deposit"),
          new Rule(
              "TEXT_NO_EXPERIENCE_HIGH_PAY",
              Pattern.compile(
                  "(no (experience|skills?) (needed|required|necessary).*(high|big|"
                      + "good|easy) (pay|salary|money|income))|((high|big|easy) (pay|salary|money)"
                      + ".*no (experience|skills?))|(មិនត្រូវការ|មិនចាំបាច់មាន)បទពិសោធន៍"
                      + ".*(ប្រាក់ខែខ្ពស់|លុយច្រើន|ប្រាក់ចំណូលខ្ពស់)"),
              "the text promises high pay with no experience"),
          new Rule(
              "TEXT_DOCUMENTS_KEPT",
              Pattern.compile(
                  "\\b(keep|hold|retain|surrender|hand over)\\b.{0,30}\\b(passports?|"
                      + "id cards?|identity|documents?)\\b|(រក្សា|ប្រគល់|ដកហូត)(ទុក)?"
                      + "(លិខិតឆ្លងដែន|អត្តសញ្ញាណប័ណ្ណ)"),
              "the text says documents will be kept"),
          new Rule(
              "TEXT_WORK_ABROAD",
              Pattern.compile(
                  "\\b(abroad|overseas|thailand|malaysia|vietnam|korea|japan|taiwan|saudi arabia|"
                      + "dubai|singapore|fishing boat|across the border|cross-border)\\b"
                      + "|ធ្វើការនៅបរទេស|ក្រៅប្រទេស|ប្រទេសថៃ|ម៉ាឡេស៊ី|កូរ៉េ|ទូកនេសាទ"),
              "the text mentions recruitment abroad or on fishing boats"),
          new Rule(
              "TEXT_ADVANCE_OR_DEBT",
              Pattern.compile(
                  "\\b(salary advance|cash advance|advance on (your )?(wages?|salary)|"
                      + "loan (to|for) (the )?workers?|repay (the|your) (debt|loan|advance))\\b"
                      + "|ប្រាក់បុរេប្រទាន|ខ្ចីប្រាក់មុន|សងបំណុល"),
              "the text offers an advance or a loan to be worked off, the hook of debt bondage"));

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
