package org.livelihoodmatch.livelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoanRepaymentTests {

  @Test
  void aFamilySupportLoanOfUs50AtOnePercentAMonthOverAYear() {
    // 200,000 riel ~ US$50 at 1%/month (seed study 003): annuity 50*0.01/(1-1.01^-12) = 4.44
    assertThat(LoanRepayment.monthly(new BigDecimal("50"), BigDecimal.ONE, 12))
        .isEqualByComparingTo("4.44");
  }

  @Test
  void theNbcCapRateOnUs500OverTwoYears() {
    // 1.5%/month, 24 months: 500*0.015/(1-1.015^-24) = 24.96
    assertThat(LoanRepayment.monthly(new BigDecimal("500"), new BigDecimal("1.5"), 24))
        .isEqualByComparingTo("24.96");
  }

  @Test
  void anInterestFreeLoanIsRepaidInEqualParts() {
    assertThat(LoanRepayment.monthly(new BigDecimal("250"), BigDecimal.ZERO, 24))
        .isEqualByComparingTo("10.42");
  }

  @Test
  void aTermHasAtLeastOneMonth() {
    assertThatThrownBy(() -> LoanRepayment.monthly(BigDecimal.TEN, BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
