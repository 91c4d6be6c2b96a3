/**
 * Inspection visits to homes by district officials and inspection committees: checklist findings
 * (safety, hygiene, food, medical care, records, grievances, segregation) and action items with an owner
 * and due date, which the home's staff see and close by recording the action taken. No resident data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "security"})
package org.aashray.inspections;
