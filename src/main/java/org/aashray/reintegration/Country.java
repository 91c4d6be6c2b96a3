package org.aashray.reintegration;

/** Countries survivors are repatriated to (ISO codes). */
public enum Country {
    NP, BD
}
