package org.aashray.inspections;

/** The checklist areas an inspection committee looks at (JJ Model Rules Form 46 as a guide). */
public enum InspectionArea {
    SAFETY, HYGIENE, FOOD, MEDICAL_CARE, RECORDS, GRIEVANCES, SEGREGATION
}
