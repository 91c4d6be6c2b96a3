package org.aashray.counselling;

/**
 * Why the application itself cancelled a session: she was transferred to another home, or left care. Shown
 * translated (staff type their own reasons; these are the application's, so they speak every language).
 */
public enum CancelCause { TRANSFERRED, LEFT_HOME }
