package org.aashray.residents.internal;

/** Where on the trafficking route the rescue happened. */
public enum RescuePlace { SOURCE, TRANSIT, DESTINATION }
