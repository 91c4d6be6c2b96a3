package org.aashray.residents;

/** Where on the trafficking route the rescue happened. */
public enum RescuePlace { SOURCE, TRANSIT, DESTINATION }
