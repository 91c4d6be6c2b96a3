package org.aashray.homes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aashray.base.ValidationException.FieldError;

/** The rules a home's details must meet; each broken rule names its field and a translation key. */
final class HomeRules {

    private static final Pattern HOME_CODE = Pattern.compile("[A-Z]{2,6}-[TSLC]");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[A-Z]{2,10}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,20}");

    private HomeRules() {
    }

    /** A licence runs for a few years: an expiry decades away is a typing slip (year 0 or 9999). */
    static final int LICENCE_YEARS = 10;

    static List<FieldError> check(Home home, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "name", home.getName(), 160);
        required(errors, "address", home.getAddress(), 500);
        if (home.getDistrict() == null) errors.add(new FieldError("district", "validation.required"));
        if (home.getType() == null) errors.add(new FieldError("type", "validation.required"));
        if (home.getServes() == null) errors.add(new FieldError("serves", "validation.required"));
        if (home.getCode() == null || home.getCode().isBlank()) {
            errors.add(new FieldError("code", "validation.required"));
        } else if (!HOME_CODE.matcher(home.getCode()).matches()) {
            errors.add(new FieldError("code", "homes.validation.homeCode"));
        } else if (home.getType() != null && home.getCode().charAt(home.getCode().length() - 1) != home.getType().letter()) {
            errors.add(new FieldError("code", "homes.validation.codeLetter", String.valueOf(home.getType().letter())));
        }
        optional(errors, "licenceNumber", home.getLicenceNumber(), 60);
        optional(errors, "contactPerson", home.getContactPerson(), 120);
        if (home.getContactPhone() != null && !home.getContactPhone().isBlank()
                && !PHONE.matcher(home.getContactPhone()).matches()) {
            errors.add(new FieldError("contactPhone", "homes.validation.phone"));
        }
        if (home.getLicenceNumber() != null && !home.getLicenceNumber().isBlank() && home.getLicenceExpiry() == null) {
            errors.add(new FieldError("licenceExpiry", "homes.validation.licenceExpiryRequired"));
        }
        if (home.getLicenceExpiry() != null && (home.getLicenceExpiry().isBefore(today.minusYears(LICENCE_YEARS))
                || home.getLicenceExpiry().isAfter(today.plusYears(LICENCE_YEARS)))) {
            errors.add(new FieldError("licenceExpiry", "validation.dateRange", today.minusYears(LICENCE_YEARS),
                    today.plusYears(LICENCE_YEARS)));
        }
        return errors;
    }

    static List<FieldError> check(District district) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "name", district.getName(), 120);
        required(errors, "state", district.getState(), 80);
        if (district.getCode() == null || !DISTRICT_CODE.matcher(district.getCode()).matches()) {
            errors.add(new FieldError("code", "homes.validation.districtCode"));
        }
        return errors;
    }

    static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }
}
