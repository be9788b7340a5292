package org.livelihoodmatch.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.system.LanguageCode;

/**
 * A training intake as a caller sends it (API.md "Training intakes"), plus the {@code languages} it
 * is taught in (Khmer when absent), its {@code kind}: a vocational course (when absent), a literacy
 * class or school, the last two without an occupation of their own, and whom to call about it
 * ({@code contactName}, {@code contactPhone}; the posting organisation when absent). Public so that
 * the intake page posts the very same form as the API.
 */
public record TrainingIntakeForm(
    @NotBlank @Size(max = 200) String title,
    String occupation,
    @NotBlank @Size(max = 200) String provider,
    @NotNull String province,
    @NotNull LocalDate startDate,
    @NotNull @Min(1) @Max(208) Integer durationWeeks,
    @NotNull @Min(0) @Max(10000) Integer seats,
    @Min(value = 0, message = "must not be negative") @Max(99) Integer minAge,
    @Pattern(regexp = "[FMX]", message = "must be F, M, X or null") String sex,
    @Pattern(regexp = "NONE|BASIC|FUNCTIONAL", message = "must be NONE, BASIC or FUNCTIONAL")
        String literacyRequired,
    Boolean providesAccommodation,
    @PositiveOrZero(message = "must not be negative") @DecimalMax("100000")
        BigDecimal monthlyStipend,
    @PositiveOrZero(message = "must not be negative") @DecimalMax("1000000")
        BigDecimal costPerTrainee,
    @Size(max = 10) List<@LanguageCode String> languages,
    @Schema(
            allowableValues = {"VOCATIONAL", "LITERACY", "SCHOOL"},
            description =
                "VOCATIONAL when absent; LITERACY and SCHOOL intakes need no occupation and are"
                    + " offered as EDUCATION pathways to children under 15 and to whoever asks")
        @Pattern(
            regexp = "VOCATIONAL|LITERACY|SCHOOL",
            message = "must be VOCATIONAL, LITERACY or SCHOOL")
        String kind,
    @Size(max = 200) String contactName,
    @Size(max = 50)
        @Pattern(
            regexp = "[+\\p{Nd} ().-]{6,50}",
            message = "must be a phone number in digits, like 012 345 678")
        String contactPhone) {

  String kindOrDefault() {
    return kind == null ? "VOCATIONAL" : kind;
  }
}
