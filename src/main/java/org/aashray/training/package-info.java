/**
 * Training: vocational courses, batches with a weekly timetable and generated sessions, enrolment with
 * eligibility checks and a waitlist, attendance, assessments, certificates (PDF), the reimbursement claim,
 * livelihood outcomes with checks at 3 and 6 months (configurable) and a dashboard.
 * <p>Other features use {@link org.aashray.training.TrainingSchedule} (a resident's sessions in a time window,
 * for schedule conflict checks), {@link org.aashray.training.OutcomeService#dueChecks} (outcome checks that are
 * due or overdue) and the events in {@link org.aashray.training.TrainingEvents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.training;
