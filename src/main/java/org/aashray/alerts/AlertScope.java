package org.aashray.alerts;

/** Who is alerted about a rule's items: the staff of the item's home, or also the district. */
public enum AlertScope {
    HOME, DISTRICT
}
