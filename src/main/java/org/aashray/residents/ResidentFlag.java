package org.aashray.residents;

/** Flags the list can filter by: urgent needs recorded at intake and states that need attention. */
public enum ResidentFlag { MINOR, PREGNANT, INJURED_OR_ILL, WITH_CHILDREN, SECURITY_THREAT, NO_CONSENT, POSSIBLE_RETRAFFICKING }
