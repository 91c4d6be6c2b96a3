package org.aashray.reintegration.nocontact;

/** Where what is recorded is compared with her no-contact list, and which save an override lets through. */
public enum NoContactStep { EXIT, VERIFICATION, FOLLOW_UP }
