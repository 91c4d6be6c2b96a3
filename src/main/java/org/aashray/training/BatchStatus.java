package org.aashray.training;

public enum BatchStatus { OPEN, COMPLETED }
