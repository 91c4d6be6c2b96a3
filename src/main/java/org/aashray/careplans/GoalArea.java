package org.aashray.careplans;

public enum GoalArea { HEALTH, MENTAL_HEALTH, EDUCATION, VOCATIONAL, LEGAL, FAMILY, REINTEGRATION }
