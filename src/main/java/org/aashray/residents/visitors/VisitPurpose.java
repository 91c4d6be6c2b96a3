package org.aashray.residents.visitors;

public enum VisitPurpose { FAMILY, LAWYER, POLICE, NGO, OTHER }
