package org.aashray.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Small timing helpers for the bench: warm up, repeat, report p50/p95/max in milliseconds. */
public final class Bench {

    private Bench() {
    }

    public record Timing(String name, int runs, double p50, double p95, double max) {
        @Override
        public String toString() {
            return String.format("%-55s runs=%4d  p50=%8.2f ms  p95=%8.2f ms  max=%8.2f ms", name, runs, p50, p95, max);
        }
    }

    public static Timing time(String name, int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        Timing t = new Timing(name, runs, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]);
        System.out.println("[bench] " + t);
        return t;
    }

    public static long millisOf(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static int intProperty(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
