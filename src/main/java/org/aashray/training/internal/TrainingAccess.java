package org.aashray.training.internal;

/** Who may do what in training; used in {@code @PreAuthorize} expressions. */
public final class TrainingAccess {

    /** Run batches, enrol, mark attendance, record outcomes. */
    public static final String MANAGE = "hasAnyRole('TRAINER','CARE_MANAGER','SYSTEM')";
    /** Staff of a home who need to see a resident's training (the profile tab, schedule conflicts). */
    public static final String READ = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";
    /** Aggregates only. */
    public static final String DASHBOARD = "hasAnyRole('TRAINER','CARE_MANAGER','DISTRICT_OFFICIAL','SYSTEM')";
    /** Counts per home for the district reports: also administrators, who see every home's figures. */
    public static final String COUNTS = "hasAnyRole('TRAINER','CARE_MANAGER','DISTRICT_OFFICIAL','ADMIN','SYSTEM')";
    public static final String ADMIN = "hasAnyRole('ADMIN','SYSTEM')";

    private TrainingAccess() {
    }
}
