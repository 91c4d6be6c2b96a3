/**
 * The shared schedule: features that book residents, staff or rooms report busy times through
 * {@link org.aashray.base.schedule.BusyTimeProvider}; {@link org.aashray.base.schedule.ConflictChecker} asks them
 * all and names each clash; {@link org.aashray.base.schedule.ScheduleLocks} makes concurrent bookings of the
 * same slot end in one booking and one refusal. {@code ui} holds the day/week/month/list calendar.
 */
package org.aashray.base.schedule;
