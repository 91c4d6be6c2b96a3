package org.aashray.careplans;

public enum GoalStatus { NOT_STARTED, IN_PROGRESS, ACHIEVED, DROPPED }
