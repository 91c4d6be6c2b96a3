package org.aashray.residents;

public enum Gender { FEMALE, MALE, TRANSGENDER }
