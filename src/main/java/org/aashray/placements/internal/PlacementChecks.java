package org.aashray.placements.internal;

import java.time.LocalDate;
import java.time.Period;
import org.aashray.base.InputChecks;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.ServedGroup;
import org.aashray.placements.staylimits.StayLimits;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;

/**
 * Who a home may take in, until when a stay is expected to last, and the dates a change of placement may carry;
 * each broken rule goes into the form's {@link InputChecks} with its field.
 */
public final class PlacementChecks {

    static final int ADULT = 18;
    static final int OLDER_WOMAN = 55;
    /** An order older than the oldest resident is year 0 typed by mistake. */
    static final int ORDER_YEARS = 100;

    private PlacementChecks() {
    }

    /** A resident taking a bed of her own in the home (not an accompanying child). */
    public static void mayTakeBed(InputChecks checks, HomeSummary home, ResidentSummary r, LocalDate on) {
        int age = Period.between(r.birthDate(), on).getYears();
        boolean adult = age >= ADULT && !(r.minor() && age < ADULT);
        switch (home.serves()) {
            case WOMEN, MOTHERS_WITH_CHILDREN -> {
                if (!adult) checks.add("resident", "placements.validation.womenHomeTakesAdults");
                else if (r.gender() == Gender.MALE) checks.add("resident", "placements.validation.womenOnly");
            }
            case GIRLS -> {
                if (adult) checks.add("resident", "placements.validation.girlsHomeNoAdults");
                else if (r.gender() == Gender.MALE) checks.add("resident", "placements.validation.girlsOnly");
            }
            case BOYS -> {
                if (adult) checks.add("resident", "placements.validation.boysHomeNoAdults");
                else if (r.gender() != Gender.MALE) checks.add("resident", "placements.validation.boysOnly");
            }
        }
        checks.require(r.motherId() == null || adult, "resident", "placements.validation.childGoesWithMother");
    }

    /** An accompanying child on a cot in her mother's room. */
    public static void mayAccompany(InputChecks checks, HomeSummary home, ResidentSummary child, StayLimits limits, LocalDate on) {
        if (home.serves() != ServedGroup.MOTHERS_WITH_CHILDREN) {
            checks.add("resident", "placements.validation.homeTakesNoChildren");
            return;
        }
        int max = maxChildAge(child, limits);
        checks.require(Period.between(child.birthDate(), on).getYears() < max, "resident", "placements.validation.childTooOld", max);
    }

    public static LocalDate expectedEnd(ResidentSummary r, StayLimits limits, LocalDate homeSince) {
        int age = Period.between(r.birthDate(), homeSince).getYears();
        int days = age >= OLDER_WOMAN && limits.stayDaysOver55() != null ? limits.stayDaysOver55() : limits.stayDays();
        return homeSince.plusDays(days);
    }

    public static LocalDate childExpectedEnd(ResidentSummary child, StayLimits limits, LocalDate motherExpectedEnd) {
        LocalDate ageLimit = child.birthDate().plusYears(maxChildAge(child, limits));
        return ageLimit.isBefore(motherExpectedEnd) ? ageLimit : motherExpectedEnd;
    }

    private static int maxChildAge(ResidentSummary child, StayLimits limits) {
        return child.gender() == Gender.MALE ? limits.childBoyMaxAge() : limits.childGirlMaxAge();
    }

    /** The day a change took effect: given, and not in the future. */
    public static void pastDate(InputChecks checks, String field, LocalDate date, LocalDate today) {
        checks.required(field, date);
        checks.require(date == null || !date.isAfter(today), field, "placements.validation.future");
    }

    /** The order (magistrate, CWC) a placement rests on: not dated in the future, nor before the oldest resident was born. */
    public static void orderDate(InputChecks checks, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            checks.add("orderDate", "placements.validation.future");
        } else {
            checks.within("orderDate", date, today.minusYears(ORDER_YEARS), today);
        }
    }

    /** Time away keeps her bed: she comes back after she left, and a year from today is the most anyone plans for. */
    public static void expectedReturn(InputChecks checks, LocalDate leftOn, LocalDate expectedReturn, LocalDate today) {
        if (expectedReturn == null) {
            checks.add("expectedReturn", "validation.required");
        } else if (leftOn != null && expectedReturn.isBefore(leftOn)) {
            checks.add("expectedReturn", "placements.validation.returnBeforeLeaving");
        } else {
            checks.within("expectedReturn", expectedReturn, leftOn == null ? today : leftOn, today.plusYears(1));
        }
    }

    /** A date not before the one it follows from (her intake, her current stay); the message names that date. */
    public static void notBefore(InputChecks checks, String field, LocalDate date, LocalDate earliest, String messageKey) {
        checks.require(date == null || earliest == null || !date.isBefore(earliest), field, messageKey, earliest);
    }

    public static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
