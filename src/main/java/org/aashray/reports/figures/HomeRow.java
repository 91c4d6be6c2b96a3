package org.aashray.reports.figures;

import org.aashray.homes.HomeType;

/** One home's line in a monthly report: its beds and who was in them at the end of the period. */
public record HomeRow(long homeId, String code, String name, HomeType type, long beds, Cell occupied, String utilisation,
                      Cell overStayLimit) {
}
