package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When to renew or give notice, from the term. */
class RenewalDatesTests {

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Test
    void aFixedTermEndsWithoutNoticeAndIsRemindedBeforeTheEnd() {
        RenewalDates dates = RenewalDates.of(Term.fixed(START, LocalDate.of(2027, 12, 31)), START, 60);

        assertThat(dates.periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(dates.noticeDeadline()).isNull();
        assertThat(dates.remindOn()).isEqualTo(LocalDate.of(2027, 11, 1));
    }

    @Test
    void anAutoRenewingTermHasItsNoticeDeadlineBeforeTheRunningPeriodsEnd() {
        Term term = Term.autoRenewing(START, LocalDate.of(2027, 6, 30), 6, 30);

        RenewalDates first = RenewalDates.of(term, LocalDate.of(2027, 3, 1), 14);
        assertThat(first.periodEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(first.noticeDeadline()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(first.remindOn()).isEqualTo(LocalDate.of(2027, 5, 17));

        RenewalDates later = RenewalDates.of(term, LocalDate.of(2028, 1, 5), 14);
        assertThat(later.periodEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(later.noticeDeadline()).isEqualTo(LocalDate.of(2028, 5, 31));
    }

    @Test
    void periodsAreCountedFromTheFirstEndSoMonthEndsStayMonthEnds() {
        Term term = Term.autoRenewing(START, LocalDate.of(2027, 1, 31), 1, 10);

        assertThat(RenewalDates.of(term, LocalDate.of(2027, 2, 15), 0).periodEnd()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(RenewalDates.of(term, LocalDate.of(2027, 3, 1), 0).periodEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(RenewalDates.of(term, LocalDate.of(2027, 3, 31), 0).periodEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
