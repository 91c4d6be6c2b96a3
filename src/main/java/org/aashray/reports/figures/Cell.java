package org.aashray.reports.figures;

/**
 * A count as a reader is allowed to see it. For district officials counts of 1 to 4 people are shown as
 * "<5" (small-cell suppression), so that nobody can be recognised from a figure.
 */
public record Cell(long value, boolean suppressed) {

    static final int THRESHOLD = 5;

    static Cell of(long value, boolean suppress) {
        return new Cell(value, suppress && value > 0 && value < THRESHOLD);
    }

    public String text() {
        return suppressed ? "<" + THRESHOLD : Long.toString(value);
    }

    /** The value for a chart or a sum, or null when it must not be shown. */
    public Long visibleValue() {
        return suppressed ? null : value;
    }
}
