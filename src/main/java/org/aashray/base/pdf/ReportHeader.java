package org.aashray.base.pdf;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * What every page of a {@link PdfReport} repeats.
 *
 * @param issuer        the home's or district's name, top left
 * @param title         the document title, under the issuer
 * @param generatedAt   when the document was made, top right, written as every date is ({@code DateFormats})
 * @param pageOfPattern footer text, {@code {0}} = page number, {@code {1}} = page count, e.g.
 *                      {@code "Page {0} of {1}"} or {@code "पृष्ठ {0} / {1}"} (plain replacement, not MessageFormat)
 * @param locale        language of the month name in the generation time
 */
public record ReportHeader(String issuer, String title, ZonedDateTime generatedAt, String pageOfPattern,
                           Locale locale) {

    /** Footer used when the caller passes none. */
    public static final String DEFAULT_PAGE_OF_PATTERN = "Page {0} of {1}";

    /** Validates and fills defaults for a missing pattern or locale. */
    public ReportHeader {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        pageOfPattern = pageOfPattern == null ? DEFAULT_PAGE_OF_PATTERN : pageOfPattern;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** English footer and month names. */
    public ReportHeader(String issuer, String title, ZonedDateTime generatedAt) {
        this(issuer, title, generatedAt, DEFAULT_PAGE_OF_PATTERN, Locale.ENGLISH);
    }
}
