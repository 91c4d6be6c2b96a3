package org.aashray.training.enrolment;

public enum AssessmentResult { PASS, FAIL }
