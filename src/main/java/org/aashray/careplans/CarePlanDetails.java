package org.aashray.careplans;

import java.time.LocalDate;
import java.util.List;

/** A care plan with its goals and review history, newest review first. */
public record CarePlanDetails(long id, long homeId, long residentId, String residentName, String caseNumber, LocalDate admittedOn,
                              LocalDate dueOn, LocalDate agreedOn, LocalDate nextReviewOn, LocalDate closedOn, List<GoalDetails> goals,
                              List<ReviewDetails> reviews, long version) {

    public record GoalDetails(long id, GoalArea area, String goal, String owner, LocalDate targetOn, GoalStatus status, long version) {
    }

    public record ReviewDetails(LocalDate reviewedOn, String reviewedBy, String summary, String goals) {
    }
}
