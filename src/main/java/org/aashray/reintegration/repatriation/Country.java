package org.aashray.reintegration.repatriation;

/** Countries survivors are repatriated to (ISO codes). */
public enum Country {
    NP, BD
}
