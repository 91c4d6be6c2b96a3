package org.aashray.reports.figures;

import org.aashray.homes.HomeType;

/** The homes of one type together. */
public record TypeRow(HomeType type, long homes, long beds, Cell occupied, String utilisation) {
}
