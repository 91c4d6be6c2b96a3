package org.aashray.medical;

public enum AppointmentStatus { PLANNED, DONE, MISSED, CANCELLED }
