package org.aashray.medical;

/**
 * Why the application itself cancelled an appointment: she was transferred to another home, or left care. Shown
 * translated next to the status.
 */
public enum CancelCause { TRANSFERRED, LEFT_HOME }
