package org.aashray.residents;

public enum VisitPurpose { FAMILY, LAWYER, POLICE, NGO, OTHER }
