package org.aashray.placements.absences;

/** Why a resident is away for a while; her bed stays hers. */
public enum AbsenceKind { HOSPITAL, COURT, HOME_VISIT, OTHER }
