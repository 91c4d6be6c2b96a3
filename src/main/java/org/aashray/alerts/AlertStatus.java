package org.aashray.alerts;

public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
