package org.aashray.training;

public enum AssessmentResult { PASS, FAIL }
