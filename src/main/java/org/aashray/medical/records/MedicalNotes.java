package org.aashray.medical.records;

import java.time.Instant;

/** A resident's ongoing conditions and medication (medical staff only). */
public record MedicalNotes(long residentId, String conditions, String medication, String updatedBy, Instant updatedAt,
                           long version) {
}
