package org.aashray.reports.figures;

import java.time.LocalDate;

/**
 * The readiness pipeline: residents in care on {@code on} (today) by stage — in care, home verification pending,
 * ready to go home — and those who exited during the report's month.
 */
public record Pipeline(LocalDate on, Cell inCare, Cell verificationPending, Cell ready, Cell exited) {
}
