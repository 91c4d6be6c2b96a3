package org.aashray.reintegration.verification;

import java.time.LocalDate;

/** What the visiting worker found at the proposed destination. */
public record VerificationVisit(LocalDate visitDate, String peopleMet, String familyComposition, String economicSituation,
                                Boolean involvedInTrafficking, String involvementDetails, String debts,
                                String communityAttitude, String schoolingOrWork, String risks,
                                Recommendation recommendation, String reasons) {
}
