package org.aashray.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts behind the dashboard for one course, one home or everything. Rates are whole percentages, null when
 * there is nothing to divide by.
 */
public final class TrainingFigures {

    private final String label;
    int runningBatches;
    int runningCapacity;
    int runningSeated;
    int completed;
    int finished;
    final Map<Integer, int[]> placement = new TreeMap<>();

    TrainingFigures(String label) {
        this.label = label;
    }

    public String label() { return label; }
    public int runningBatches() { return runningBatches; }
    /** Trainees who finished a completed batch (completed, not completed or dropped out). */
    public int finished() { return finished; }
    public int completed() { return completed; }

    public Integer fillRate() {
        return percent(runningSeated, runningCapacity);
    }

    public Integer completionRate() {
        return percent(completed, finished);
    }

    /** Share of trainees placed (job or own enterprise) at the check {@code months} after completion. */
    public Integer placementRate(int months) {
        int[] p = placement.getOrDefault(months, new int[2]);
        return percent(p[1], p[0]);
    }

    /** How many trainees were due for the check {@code months} after completion. */
    public int placementBase(int months) {
        return placement.getOrDefault(months, new int[2])[0];
    }

    /** How many of those due for the check {@code months} after completion were placed (job or own enterprise). */
    public int placed(int months) {
        return placement.getOrDefault(months, new int[2])[1];
    }

    void add(TrainingFigures other) {
        runningBatches += other.runningBatches;
        runningCapacity += other.runningCapacity;
        runningSeated += other.runningSeated;
        completed += other.completed;
        finished += other.finished;
        other.placement.forEach((m, p) -> {
            int[] mine = placement.computeIfAbsent(m, k -> new int[2]);
            mine[0] += p[0];
            mine[1] += p[1];
        });
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : Math.round(100f * part / whole);
    }
}
