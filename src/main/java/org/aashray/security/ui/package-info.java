/** The login and change-password screens, which the application shell refers to. */
@org.springframework.modulith.NamedInterface("ui")
package org.aashray.security.ui;
