/**
 * Inspection visits to homes by district officials and inspection committees: checklist findings
 * (safety, hygiene, food, medical care, records, grievances, segregation) and action items with an owner
 * and due date, which the home's staff see and close by recording the action taken. No resident data.
 * <p>
 * API: {@link org.aashray.inspections.InspectionService} records a visit ({@link org.aashray.inspections.NewInspection})
 * and answers with records, never entities: {@link org.aashray.inspections.InspectionRecord} with its
 * {@link org.aashray.inspections.Finding}s, and {@link org.aashray.inspections.ActionItemRecord}; reports reads
 * them for the district figures and a home's inspection report.
 * <p>
 * {@code internal} holds the entities, their repositories, the demo inspection and
 * {@code ActionItemOverdueDeadline}, the alert that warns the home's care manager before an action item falls
 * due (rule key {@code inspections.action-overdue}). The visit date may be up to 5 years back and not in the
 * future; an action item may be due from the visit to 5 years ahead. No events: nothing listens for them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "security"})
package org.aashray.inspections;
