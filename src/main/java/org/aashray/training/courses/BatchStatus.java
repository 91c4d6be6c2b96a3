package org.aashray.training.courses;

public enum BatchStatus { OPEN, COMPLETED }
