package org.aashray.residents.matching;

import java.time.LocalDate;

/** A request sent about a resident, as her own home sees it on her profile. */
public record ReturnRequestLine(String earlierCaseNumber, String earlierHome, String earlierDistrict, ReturnStatus status,
                                LocalDate askedOn, LocalDate decidedOn, String declineReason) {
}
