package org.aashray.residents.casework;

/** Victim compensation (the legal term) under the state's scheme. */
public enum CompensationStatus { NOT_APPLIED, APPLIED, INTERIM_AWARDED, AWARDED, PAID, REJECTED }
