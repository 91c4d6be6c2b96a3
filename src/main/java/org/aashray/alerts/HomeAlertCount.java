package org.aashray.alerts;

/**
 * What a district official sees: how many alerts of a home reached the district, never which ones. Counts
 * from 1 to 4 are suppressed ({@code suppressed} true, {@code count} 0), as for every figure officials see.
 */
public record HomeAlertCount(long homeId, String homeName, String districtName, long count, boolean suppressed) {

    public static final int SUPPRESS_BELOW = 5;
}
