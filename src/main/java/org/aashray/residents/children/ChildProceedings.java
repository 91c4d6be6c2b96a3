package org.aashray.residents.children;

import java.time.LocalDate;

/**
 * A child's proceedings before the CWC: when she was produced and when the social investigation report was
 * submitted, with the dates they are due by (from ADMIN's deadlines). {@code minor} false: not applicable.
 */
public record ChildProceedings(boolean minor, LocalDate rescueDate, LocalDate cwcProducedOn, LocalDate cwcDueOn,
                               LocalDate sirSubmittedOn, LocalDate sirDueOn) {
}
