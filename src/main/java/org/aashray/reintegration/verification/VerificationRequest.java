package org.aashray.reintegration.verification;

/**
 * A care manager asks for a verification of a proposed destination. Assign it to a member of staff of the
 * home ({@code assignedUsername}) or to a partner organisation ({@code assignedPartner}); the due date is
 * the configured number of days after today unless {@code dueOn} is given.
 */
public record VerificationRequest(long residentId, DestinationKind destinationKind, String destination,
                                  String contactPerson, String assignedUsername, String assignedPartner,
                                  java.time.LocalDate dueOn) {
}
