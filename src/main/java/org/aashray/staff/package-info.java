/** The administrator's screens for staff accounts: roles, homes or districts, activation, login history. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "security"})
package org.aashray.staff;
