package org.aashray.inspections;

public enum ActionStatus {
    OPEN, DONE
}
