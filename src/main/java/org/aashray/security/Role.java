package org.aashray.security;

/** What a person does in a home; each service method names the roles it serves. */
public enum Role {
    RECEPTION, COUNSELLOR, MEDICAL, TRAINER, CARE_MANAGER, DISTRICT_OFFICIAL, ADMIN;

    public static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }
}
