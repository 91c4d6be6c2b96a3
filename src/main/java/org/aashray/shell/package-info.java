/**
 * The application shell: the main layout with role-filtered navigation, the home switcher, the user menu,
 * each role's dashboard, and what happens on every navigation (language, forced password change).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "base", "homes", "security", "security :: ui"})
package org.aashray.shell;
