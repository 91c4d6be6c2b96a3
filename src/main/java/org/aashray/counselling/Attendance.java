package org.aashray.counselling;

/** What happened at a session; CANCELLED needs a reason and frees the slot. */
public enum Attendance { ATTENDED, NO_SHOW, REFUSED, CANCELLED }
