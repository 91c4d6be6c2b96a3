package org.aashray.residents;

import java.time.LocalDate;

/** Age bands for the list filter; turned into a birth-date range so the database can use its index. */
public enum AgeBand {
    UNDER_12(0, 11), FROM_12_TO_17(12, 17), FROM_18_TO_25(18, 25), FROM_26_TO_35(26, 35), FROM_36_TO_50(36, 50),
    OVER_50(51, 120);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Earliest birth date (inclusive) of someone in this band on {@code today}. */
    public LocalDate bornFrom(LocalDate today) {
        return today.minusYears(to + 1L).plusDays(1);
    }

    /** Latest birth date (inclusive) of someone in this band on {@code today}. */
    public LocalDate bornTo(LocalDate today) {
        return today.minusYears(from);
    }
}
