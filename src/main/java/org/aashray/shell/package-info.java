/**
 * The application shell: the main layout with role-filtered navigation, the home switcher, the user menu,
 * each role's dashboard, and what happens on every navigation (language, forced password change).
 */
package org.aashray.shell;
