/**
 * Counselling: individual, group and family sessions (in person, by phone or video), weekly series that can
 * be changed from one date on, attendance, confidential notes (AES-GCM at rest, counsellors of the home
 * only, every read logged), optional wellbeing and PHQ-9 scores, and the counsellor's day. Bookings go
 * through the shared {@link org.aashray.base.schedule.ConflictChecker}; this feature reports its own busy
 * times to it. Care managers see the schedule, never notes or scores.
 * <p>API: {@link org.aashray.counselling.CounsellingService} (book and change sessions, read calendars and a
 * resident's history) with {@link org.aashray.counselling.SessionRequest},
 * {@link org.aashray.counselling.SessionSummary}, {@link org.aashray.counselling.CalendarScope} and the enums of a
 * session. No other feature calls it today; the profile tab plugs in as a
 * {@link org.aashray.residents.ResidentProfileSection}.
 * <p>Inside: {@code booking} (sessions and weekly series booked under the schedule locks, the clash check and
 * the busy times reported to it), {@code records} (what happened afterwards: attendance, scores, the note, and
 * the "attendance not recorded" deadline), {@code day} (the counsellor's day), {@code settings} (working
 * hours and limits per home), {@code internal} (the session entity every part uses, who may see what of it,
 * the input checks, demo data); views in {@code ui}.
 * <p>Listens to placements' {@code ResidentTransferred} and {@code ResidentExited} ({@code booking.SessionsWhenSheLeaves}):
 * her coming sessions at the home she left are cancelled for that cause ({@link org.aashray.counselling.CancelCause}),
 * a group session goes on without her.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.counselling;
