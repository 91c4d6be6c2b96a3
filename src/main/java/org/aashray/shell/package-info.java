/**
 * The application shell: the main layout with role-filtered navigation, the home switcher, the user menu,
 * each role's dashboard, the error pages, and what happens on every navigation (language, forced password
 * change, dialogs closed). UI only: everything lives in {@code ui}, the module has no API and nothing depends
 * on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "base", "homes", "security", "security :: ui"})
package org.aashray.shell;
