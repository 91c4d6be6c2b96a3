package org.aashray.counselling.records;

import java.time.LocalDate;

/** A resident's assessment at one attended session (wellbeing 0-10, PHQ-9 0-27; either may be missing). */
public record ScorePoint(LocalDate date, Integer wellbeing, Integer phq9) {
}
