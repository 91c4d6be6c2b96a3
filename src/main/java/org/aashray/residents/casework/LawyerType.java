package org.aashray.residents.casework;

/** Who represents the resident: a District Legal Services Authority lawyer, another lawyer, or nobody yet. */
public enum LawyerType { DLSA, OTHER, NONE }
