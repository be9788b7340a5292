package org.livelihoodmatch.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.search.OccupationTerms;

class AnalyzersTests {

  static final OccupationTerms MOTO =
      new OccupationTerms(
          "motorcycle-mechanic",
          List.of("motorcycle mechanic", "moto repair", "motorbike repair"),
          List.of("ជួសជុលម៉ូតូ", "ជាងម៉ូតូ"));
  static final OccupationTerms TAILOR =
      new OccupationTerms(
          "tailor", List.of("tailor", "dressmaker"), List.of("ជាងកាត់ដេរ", "កាត់ដេរ"));

  private final Analyzer plain = Analyzers.plain();
  private final Analyzer index = Analyzers.forIndexing(List.of(MOTO, TAILOR));
  private final Analyzer query = Analyzers.forQueries(List.of(MOTO, TAILOR));

  @AfterEach
  void close() {
    plain.close();
    index.close();
    query.close();
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    return Analyzers.tokens(analyzer, text);
  }

  @Test
  void segmentsKhmerIntoDictionaryWords() {
    assertThat(tokens(plain, "ជាងកាត់ដេរ")).containsExactly("ជាងកាត់ដេរ");
    assertThat(tokens(plain, "កម្មករកាត់ដេរនៅភ្នំពេញ"))
        .containsExactly("កម្មករ", "កាត់ដេរ", "នៅ", "ភ្នំពេញ");
    assertThat(tokens(plain, "ជួសជុលម៉ូតូ")).containsExactly("ជួសជុល", "ម៉ូតូ");
  }

  @Test
  void keepsKhmerSubscriptsAndSignsWhileFoldingLatin() {
    assertThat(tokens(plain, "កណ្តាល")).containsExactly("កណ្តាល");
    assertThat(tokens(plain, "ម៉ូតូ")).containsExactly("ម៉ូតូ");
    assertThat(tokens(plain, "CAFÉ Straße")).containsExactly("cafe", "strass");
  }

  @Test
  void foldsSubscriptDaAndTaTogether() {
    assertThat(KhmerNormalizer.normalize("កណ្ដាល")).isEqualTo("កណ្តាល");
    assertThat(tokens(plain, "កណ្ដាល")).isEqualTo(tokens(plain, "កណ្តាល"));
    assertThat(tokens(plain, "ខេត្តកណ្ដាល")).isEqualTo(tokens(plain, "ខេត្តកណ្តាល"));
  }

  @Test
  void foldsOtherLookAlikeKhmerSpellings() {
    assertThat(KhmerNormalizer.normalize("\u17A3")).isEqualTo("\u17A2");
    assertThat(KhmerNormalizer.normalize("\u17A4")).isEqualTo("\u17A2\u17B6");
    // subscript RO typed before the other subscript (ស្រ្តី) and in standard order (ស្ត្រី)
    assertThat(KhmerNormalizer.normalize("ស\u17D2\u179A\u17D2\u178F\u17B8"))
        .isEqualTo("ស\u17D2\u178F\u17D2\u179A\u17B8");
    assertThat(KhmerNormalizer.normalize("ក\u17D2\u179A\u17D2\u178A"))
        .isEqualTo("ក\u17D2\u178F\u17D2\u179A");
    // split vowel E + AA is the vowel OO; register shifter after the vowel moves before it
    assertThat(KhmerNormalizer.normalize("ទ\u17C1\u17B6")).isEqualTo("ទ\u17C4");
    assertThat(KhmerNormalizer.normalize("ម\u17BC\u17C9")).isEqualTo("ម\u17C9\u17BC");
    assertThat(KhmerNormalizer.normalize("ឆ្នាំ២០២៧")).isEqualTo("ឆ្នាំ2027");
    assertThat(tokens(plain, "ជាង\u200Bម៉ូតូ")).isEqualTo(tokens(plain, "ជាងម៉ូតូ"));
    assertThat(KhmerNormalizer.normalize("abc")).isEqualTo("abc");
  }

  @Test
  void stemsEnglishWords() {
    assertThat(tokens(plain, "tailors")).containsExactly("tailor");
    assertThat(tokens(plain, "Tailor")).containsExactly("tailor");
    assertThat(tokens(plain, "Hairdresser's hairdressers"))
        .containsExactly("hairdress", "hairdress");
  }

  @Test
  void queryAnalyzerExpandsOccupationSynonymsToAllTermsAndTheCode() {
    assertThat(tokens(query, "motorbike repair"))
        .contains("motorcycle-mechanic", "motorcycl", "mechan", "moto", "ជួសជុល", "ម៉ូតូ");
    assertThat(tokens(query, "ជួសជុលម៉ូតូ"))
        .contains("motorcycle-mechanic", "motorcycl", "motorbik");
    assertThat(tokens(query, "ជាង ម៉ូតូ")).contains("motorcycle-mechanic");
    assertThat(tokens(query, "bicycle repair")).doesNotContain("motorcycle-mechanic");
  }

  @Test
  void indexAnalyzerFindsKnownKhmerWordsInsideCompounds() {
    assertThat(tokens(index, "ជាងកាត់ដេរ")).containsExactly("ជាងកាត់ដេរ", "ជាង", "កាត់ដេរ");
    assertThat(tokens(index, "កម្មករកាត់ដេរ")).contains("កាត់ដេរ");
    // no synonyms at index time
    assertThat(tokens(index, "moto repair")).containsExactly("moto", "repair");
  }
}
