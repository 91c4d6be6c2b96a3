package org.aashray.medical.internal;

/** The encrypted texts (purpose, result, findings, conditions, medication) are kept to what their TEXT column holds. */
public final class MedicalText {

    public static final int MAX_LENGTH = 4000;

    private MedicalText() {
    }
}
