package org.aashray.reintegration.readiness;

/**
 * The items of the readiness check, in the order of the checklist. HOME_VERIFICATION is computed from the
 * verifications (a positive one no older than the configured age); the others are answered by staff.
 * Which items each exit kind requires is data ({@code reint_exit_gate_items}), edited by ADMIN.
 */
public enum ReadinessItem {
    WISH_AND_CONSENT, HOME_VERIFICATION, SAFETY_PLAN, LIVELIHOOD_PLAN, DOCUMENTS, HEALTH, LEGAL_OBLIGATIONS,
    COUNSELLOR_RECOMMENDATION, HOUSING, RECEIVING_ORGANISATION, RELEASE_ORDER;

    public boolean computed() {
        return this == HOME_VERIFICATION;
    }
}
