package org.aashray.training;

import java.util.List;

/**
 * The training dashboard: totals and the same figures by course and by home. {@code suppressSmall} tells
 * screens to hide rates whose base is below 5 people (district officials see no small cells).
 */
public record TrainingDashboard(TrainingFigures total, List<TrainingFigures> byCourse, List<TrainingFigures> byHome,
                                List<Integer> checkMonths, boolean suppressSmall) {

    public static final int SMALL_CELL = 5;
}
