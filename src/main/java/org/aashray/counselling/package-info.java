/**
 * Counselling: individual, group and family sessions (in person, by phone or video), weekly series that can
 * be changed from one date on, attendance, confidential notes (AES-GCM at rest, counsellors of the home
 * only, every read logged), optional wellbeing and PHQ-9 scores, and the counsellor's day. Bookings go
 * through the shared {@link org.aashray.base.schedule.ConflictChecker}; this feature reports its own busy
 * times to it. Care managers see the schedule, never notes or scores.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.counselling;
