package org.aashray.homes;

/** Homes are segregated: who a home may take in. */
public enum ServedGroup {
    WOMEN, GIRLS, BOYS, MOTHERS_WITH_CHILDREN
}
