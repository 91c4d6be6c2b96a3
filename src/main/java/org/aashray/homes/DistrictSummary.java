package org.aashray.homes;

/** A district whose officials inspect the homes in it, for pickers and other features. */
public record DistrictSummary(long id, String code, String name, String state) {
}
