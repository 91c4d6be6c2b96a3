package org.aashray.residents;

public enum DocumentStatus { HELD, APPLIED, MISSING }
