package org.aashray.training;

/** Who may do what in training; used in {@code @PreAuthorize} expressions. */
final class TrainingAccess {

    /** Run batches, enrol, mark attendance, record outcomes. */
    static final String MANAGE = "hasAnyRole('TRAINER','CARE_MANAGER','SYSTEM')";
    /** Staff of a home who need to see a resident's training (the profile tab, schedule conflicts). */
    static final String READ = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";
    /** Aggregates only. */
    static final String DASHBOARD = "hasAnyRole('TRAINER','CARE_MANAGER','DISTRICT_OFFICIAL','SYSTEM')";
    /** Counts per home for the district reports: also administrators, who see every home's figures. */
    static final String COUNTS = "hasAnyRole('TRAINER','CARE_MANAGER','DISTRICT_OFFICIAL','ADMIN','SYSTEM')";
    static final String ADMIN = "hasAnyRole('ADMIN','SYSTEM')";

    private TrainingAccess() {
    }
}
