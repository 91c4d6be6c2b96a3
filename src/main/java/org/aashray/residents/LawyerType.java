package org.aashray.residents;

/** Who represents the resident: a District Legal Services Authority lawyer, another lawyer, or nobody yet. */
public enum LawyerType { DLSA, OTHER, NONE }
