package org.aashray.residents;

/** Identity documents and entitlements tracked for every resident. */
public enum DocumentType {
    AADHAAR, VOTER_ID, RATION_CARD, BANK_ACCOUNT, BIRTH_CERTIFICATE, DISABILITY_CERTIFICATE, SCHEME_LINKAGE, PASSPORT, OTHER
}
