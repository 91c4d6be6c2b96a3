package org.aashray.residents.casework;

public enum DocumentStatus { HELD, APPLIED, MISSING }
