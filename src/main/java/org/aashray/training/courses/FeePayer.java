package org.aashray.training.courses;

/** Who pays a batch's fee; a scheme reimburses only against completion certificates. */
public enum FeePayer { SCHEME_REIMBURSEMENT, CSR_PARTNER, HOME }
