package org.aashray.placements.staylimits;

import org.aashray.homes.HomeType;

/** The configured stay limit of a home type (days; a longer limit for women over 55 where the scheme allows it). */
public record StayLimits(HomeType homeType, int stayDays, Integer stayDaysOver55, int childGirlMaxAge,
                         int childBoyMaxAge, long version) {
}
