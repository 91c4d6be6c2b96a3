/**
 * Staff accounts, roles, the homes and districts each person works for, login with lockout, session
 * rules and the access checks every service uses ({@link org.aashray.security.CurrentUser}).
 *
 * <p>API: who is calling ({@code CurrentUser}, {@code AashrayUser}, {@code Role}, and {@code SystemAuthentication}
 * for the application's own work); a home's staff ({@code HomeStaffDirectory}: names for choosing a colleague,
 * counts per role for inspection reports); one's own account ({@code AccountSelfService}); account administration
 * ({@code UserAdminService} with {@code StaffAccount}, {@code NewStaffAccount} and {@code LoginAttempt}); and the
 * named interface {@code ui}, the login and change-password screens the shell refers to. Below the root:
 * {@code accounts} (the account entity, the password policy, the first administrator) and {@code login} (Spring
 * Security's configuration, lockout, the login history, ending a person's sessions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base"})
package org.aashray.security;
