package org.aashray.counselling;

public enum SessionKind { INDIVIDUAL, GROUP, FAMILY }
