package org.aashray.counselling;

public enum SessionMode { IN_PERSON, PHONE, VIDEO }
