/**
 * Training: vocational courses run in batches for the residents of a home, from enrolment to the livelihood a
 * trainee found months after her certificate.
 * <p>Its API (this package) for other features:
 * <ul>
 *   <li>{@link org.aashray.training.TrainingSchedule}: a resident's training sessions in a time window
 *       ({@link org.aashray.training.TrainingSlot}), for schedule conflict checks;</li>
 *   <li>{@link org.aashray.training.OutcomeService#dueChecks}: outcome checks that are due or overdue
 *       ({@link org.aashray.training.OutcomeCheck});</li>
 *   <li>{@link org.aashray.training.TrainingDashboardService}: the dashboard and the counts per home of the district
 *       reports ({@link org.aashray.training.TrainingDashboard}, {@link org.aashray.training.TrainingFigures}).</li>
 * </ul>
 * <p>Sub-features, internal to training:
 * <ul>
 *   <li>{@code courses}: the course catalogue, batches with a weekly timetable and the sessions generated from it,
 *       and ADMIN's training limits (minimum age, attendance threshold, outcome check months);</li>
 *   <li>{@code enrolment}: enrolment with eligibility checks and a waitlist, attendance, assessment, dropout and the
 *       completion of a batch (certificate numbers);</li>
 *   <li>{@code outcomes}: livelihood outcomes, the alert for checks not recorded, certificates and the reimbursement
 *       claim (PDF);</li>
 *   <li>{@code internal}: who may do what, the busy time other features' bookings respect, the demo batches;</li>
 *   <li>{@code ui}: the screens and the "Training" tab of a resident's profile.</li>
 * </ul>
 * Training publishes no events: nothing listened to a dropout, a waitlist promotion or a completion. It listens to
 * placements' {@code ResidentTransferred} and {@code ResidentExited} ({@code enrolment.EnrolmentsWhenSheLeaves}): her
 * places in the batches of the home she left close as "left the home"; completed courses and certificates stay hers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.training;
