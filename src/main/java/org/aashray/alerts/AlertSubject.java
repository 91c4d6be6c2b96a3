package org.aashray.alerts;

/**
 * What a rule's alerts are about. RESIDENTS (the default): a survivor's care, her case number in the text; only the
 * staff of her home see them. STRUCTURE: a home itself or the application (a licence running out, an inspection's
 * action item), with nothing of a resident; ADMIN, who manages structure and never survivors, sees only these.
 */
public enum AlertSubject {
    RESIDENTS, STRUCTURE
}
