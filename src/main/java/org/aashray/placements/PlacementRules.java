package org.aashray.placements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;

/** Who a home may take in, and until when a stay is expected to last. */
final class PlacementRules {

    static final int ADULT = 18;
    static final int OLDER_WOMAN = 55;

    private PlacementRules() {
    }

    /** A resident taking a bed of her own in the home (not an accompanying child). */
    static List<FieldError> mayTakeBed(HomeSummary home, ResidentSummary r, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        int age = Period.between(r.birthDate(), on).getYears();
        boolean adult = age >= ADULT && !(r.minor() && age < ADULT);
        switch (home.serves()) {
            case WOMEN, MOTHERS_WITH_CHILDREN -> {
                if (!adult) errors.add(new FieldError("resident", "placements.validation.womenHomeTakesAdults"));
                else if (r.gender() == Gender.MALE) errors.add(new FieldError("resident", "placements.validation.womenOnly"));
            }
            case GIRLS -> {
                if (adult) errors.add(new FieldError("resident", "placements.validation.girlsHomeNoAdults"));
                else if (r.gender() == Gender.MALE) errors.add(new FieldError("resident", "placements.validation.girlsOnly"));
            }
            case BOYS -> {
                if (adult) errors.add(new FieldError("resident", "placements.validation.boysHomeNoAdults"));
                else if (r.gender() != Gender.MALE) errors.add(new FieldError("resident", "placements.validation.boysOnly"));
            }
        }
        if (r.motherId() != null && !adult) {
            errors.add(new FieldError("resident", "placements.validation.childGoesWithMother"));
        }
        return errors;
    }

    /** An accompanying child on a cot in her mother's room. */
    static List<FieldError> mayAccompany(HomeSummary home, ResidentSummary child, StayLimits limits, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        if (home.serves() != org.aashray.homes.ServedGroup.MOTHERS_WITH_CHILDREN) {
            errors.add(new FieldError("resident", "placements.validation.homeTakesNoChildren"));
            return errors;
        }
        int max = maxChildAge(child, limits);
        if (Period.between(child.birthDate(), on).getYears() >= max) {
            errors.add(new FieldError("resident", "placements.validation.childTooOld", max));
        }
        return errors;
    }

    static int maxChildAge(ResidentSummary child, StayLimits limits) {
        return child.gender() == Gender.MALE ? limits.childBoyMaxAge() : limits.childGirlMaxAge();
    }

    static LocalDate expectedEnd(ResidentSummary r, StayLimits limits, LocalDate homeSince) {
        int age = Period.between(r.birthDate(), homeSince).getYears();
        int days = age >= OLDER_WOMAN && limits.stayDaysOver55() != null ? limits.stayDaysOver55() : limits.stayDays();
        return homeSince.plusDays(days);
    }

    static LocalDate childExpectedEnd(ResidentSummary child, StayLimits limits, LocalDate motherExpectedEnd) {
        LocalDate ageLimit = child.birthDate().plusYears(maxChildAge(child, limits));
        return ageLimit.isBefore(motherExpectedEnd) ? ageLimit : motherExpectedEnd;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) errors.add(new FieldError(field, "validation.tooLong", max));
    }
}
