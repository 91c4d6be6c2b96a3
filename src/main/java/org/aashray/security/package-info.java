/**
 * Staff accounts, roles, the homes and districts each person works for, login with lockout, session
 * rules and the access checks every service uses ({@link org.aashray.security.CurrentUser}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base"})
package org.aashray.security;
