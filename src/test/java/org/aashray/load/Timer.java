package org.aashray.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Round-trip times per action, collected from every virtual user (thread-safe). */
final class Timer {

    record Row(String action, int count, long errors, double p50, double p95, double p99, double max) {
    }

    private static final class Samples {
        private long[] nanos = new long[256];
        private int size;
        private final AtomicLong errors = new AtomicLong();

        synchronized void add(long n) {
            if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
            nanos[size++] = n;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    private final Map<String, Samples> samples = new ConcurrentHashMap<>();
    private volatile boolean recording = true;
    private volatile java.util.function.Consumer<String> listener;
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    void record(String action, long nanos, boolean error) {
        if (!recording) return;
        Samples s = samples.computeIfAbsent(action, a -> new Samples());
        s.add(nanos);
        if (error) s.errors.incrementAndGet();
        if (listener != null) listener.accept(action);
    }

    /** An action whose outcome was wrong although the exchange itself succeeded (a journey step failed). */
    void fail(String action, String why) {
        if (!recording) return;
        samples.computeIfAbsent(action, a -> new Samples()).errors.incrementAndGet();
        if (failures.size() < 20) failures.add(action + ": " + why);
    }

    void stop() {
        recording = false;
    }

    void start() {
        recording = true;
    }

    /** Called after each recorded exchange (the profile counts the SQL the app logged for it). */
    void onRecord(java.util.function.Consumer<String> listener) {
        this.listener = listener;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        new TreeMap<>(samples).forEach((action, s) -> {
            long[] sorted = s.sorted();
            if (sorted.length == 0) {
                rows.add(new Row(action, 0, s.errors.get(), 0, 0, 0, 0));
                return;
            }
            rows.add(new Row(action, sorted.length, s.errors.get(), ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                    sorted[sorted.length - 1] / 1e6));
        });
        return rows;
    }

    /** Marks a measure that is not one server round trip (a background job, start to file): kept out of the total. */
    static final String END_TO_END = "(end to end)";

    /** All server round trips together (every action but the end-to-end measures) and all errors, for the headline figure. */
    Row total() {
        var exchanges = samples.entrySet().stream().filter(e -> !e.getKey().endsWith(END_TO_END)).map(Map.Entry::getValue).toList();
        long[] all = exchanges.stream().map(Samples::sorted).flatMapToLong(Arrays::stream).sorted().toArray();
        long errors = samples.values().stream().mapToLong(s -> s.errors.get()).sum(); // a report that never came is an error
        if (all.length == 0) return new Row("all exchanges", 0, errors, 0, 0, 0, 0);
        return new Row("all exchanges", all.length, errors, ms(all, 50), ms(all, 95), ms(all, 99), all[all.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
