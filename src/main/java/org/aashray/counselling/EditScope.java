package org.aashray.counselling;

/** Which sessions of a series a change applies to: only the one opened, or it and every later one. */
public enum EditScope { THIS_SESSION, FROM_THIS_ON }
