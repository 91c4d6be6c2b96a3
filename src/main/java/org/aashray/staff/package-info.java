/**
 * The administrator's screens for staff accounts (roles, homes or districts, activation) and the activity log
 * (login attempts, scheduled job runs). UI only, in {@code ui}; the accounts themselves belong to security.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "security"})
package org.aashray.staff;
