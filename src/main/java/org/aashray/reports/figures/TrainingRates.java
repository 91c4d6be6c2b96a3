package org.aashray.reports.figures;

import java.util.List;

/**
 * Vocational training of the scope's homes, all batches to date (as the training dashboard counts them):
 * trainees who finished a batch, the share who completed it, and the share placed in a job or own enterprise at
 * each outcome check. A rate whose base is a suppressed count is withheld as "—".
 */
public record TrainingRates(Cell finished, String completionRate, List<PlacementRate> placement) {

    /** Placement at one check, {@code months} after completion: trainees due for it and the share placed. */
    public record PlacementRate(int months, Cell due, String rate) {
    }
}
