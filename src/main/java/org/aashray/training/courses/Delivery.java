package org.aashray.training.courses;

/** Where a course is taught: in the home, at a partner institute (ITI, DGT-recognised institute), or online. */
public enum Delivery { IN_HOME, PARTNER_INSTITUTE, ONLINE }
