package org.aashray.audit.internal;

import java.util.Set;

/**
 * The audited records that are about a resident: her profile (name, birth date, address, origin, identity numbers),
 * legal case, visitors, family and no-contact people, and what each care feature records about her. The trail keeps
 * only which of their fields changed, by whom and when: its one reader is ADMIN, who never sees a survivor, and no
 * screen shows the trail to the roles that may see her profile, so there is nobody the values could be kept for.
 * Rows written before this rule still hold values; the search hands them out the same way, field names only and no
 * summary.
 */
public final class ResidentRecordTypes {

    private static final Set<String> TYPES = Set.of(
            // residents
            "Resident", "LegalCase", "ResidentDocument", "FamilyContact", "NoContact", "Visit", "ChildProceedings",
            "ReturnRequest",
            // placements
            "Placement", "Absence", "TransferRequest",
            // counselling, medical, care plans, training
            "CounsellingSession", "MedicalAppointment", "MedicalRecord", "HealthCheck", "CarePlan", "CarePlanGoal",
            "TrainingEnrolment", "TrainingSession",
            // reintegration
            "HomeVerification", "VerificationFile", "ReadinessCheck", "ExitOverride", "NoContactOverride",
            "ReintegrationExit", "FollowUpSchedule", "FollowUp", "Repatriation");

    /**
     * The structure ADMIN manages, whose values the trail keeps: homes, accounts, courses, settings, inspections,
     * alerts. A new audited type goes into one of the two lists ({@code ResidentRecordTypesTest} asks).
     */
    public static final Set<String> STRUCTURE = Set.of("Home", "District", "Room", "Bed", "UserAccount", "StayLimit",
            "TrainingCourse", "TrainingBatch", "TrainingSettings", "CarePlanSettings", "CounsellingSettings",
            "MedicalSettings", "ReintegrationSettings", "ResidentDeadlines", "AlertRuleSettings", "Alert", "Inspection",
            "InspectionAction");

    private ResidentRecordTypes() {
    }

    public static boolean about(String entityType) {
        return TYPES.contains(entityType);
    }
}
