package org.aashray.homes;

import java.time.LocalDate;

/** What other features need to know about a home. Capacity counts in-service beds. */
public record HomeSummary(long id, String code, String name, HomeType type, ServedGroup serves, long districtId,
                          String districtName, long capacity, LocalDate licenceExpiry, boolean active) {
}
