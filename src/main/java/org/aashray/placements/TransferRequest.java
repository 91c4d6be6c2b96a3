package org.aashray.placements;

import java.time.LocalDate;

/** The sending home's care manager asks another home to take a resident in: why, and the order behind it. */
public record TransferRequest(long residentId, long toHomeId, String reason, String orderNumber, LocalDate orderDate) {
}
