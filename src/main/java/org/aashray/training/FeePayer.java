package org.aashray.training;

/** Who pays a batch's fee; a scheme reimburses only against completion certificates. */
public enum FeePayer { SCHEME_REIMBURSEMENT, CSR_PARTNER, HOME }
