package org.aashray.medical;

public enum AppointmentKind { IN_HOUSE, HOSPITAL_REFERRAL, LAB_TEST, FOLLOW_UP }
