package org.aashray.residents.internal;

/** Who brought the resident, and under which order. */
public enum ReferralSource { POLICE_AHTU, CWC_ORDER, MAGISTRATE_ORDER, NGO, HELPLINE, SELF }
