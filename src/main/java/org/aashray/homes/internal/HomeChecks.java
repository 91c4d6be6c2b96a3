package org.aashray.homes.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.aashray.base.InputChecks;
import org.aashray.homes.HomeDetails;

/** The rules a home's and a district's details must meet; each broken rule names its field and a translation key. */
public final class HomeChecks {

    private static final Pattern HOME_CODE = Pattern.compile("[A-Z]{2,6}-[TSLC]");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[A-Z]{2,10}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,20}");

    /** A licence runs for a few years: an expiry decades away is a typing slip (year 0 or 9999). */
    public static final int LICENCE_YEARS = 10;

    private HomeChecks() {
    }

    public static InputChecks check(HomeDetails home, LocalDate today) {
        InputChecks checks = new InputChecks()
                .text("name", home.getName(), 160, true)
                .text("address", home.getAddress(), 500, true)
                .required("district", home.getDistrict())
                .required("type", home.getType())
                .required("serves", home.getServes());
        String code = home.getCode();
        if (code == null || code.isBlank()) {
            checks.add("code", "validation.required");
        } else if (!HOME_CODE.matcher(code).matches()) {
            checks.add("code", "homes.validation.homeCode");
        } else if (home.getType() != null && code.charAt(code.length() - 1) != home.getType().letter()) {
            checks.add("code", "homes.validation.codeLetter", String.valueOf(home.getType().letter()));
        }
        String phone = home.getContactPhone();
        boolean licensed = home.getLicenceNumber() != null && !home.getLicenceNumber().isBlank();
        return checks.maxLength("licenceNumber", home.getLicenceNumber(), 60)
                .maxLength("contactPerson", home.getContactPerson(), 120)
                .require(phone == null || phone.isBlank() || PHONE.matcher(phone).matches(), "contactPhone", "homes.validation.phone")
                .require(!licensed || home.getLicenceExpiry() != null, "licenceExpiry", "homes.validation.licenceExpiryRequired")
                .yearsAround("licenceExpiry", home.getLicenceExpiry(), today, LICENCE_YEARS, LICENCE_YEARS);
    }

    public static InputChecks checkDistrict(String code, String name, String state) {
        return new InputChecks()
                .text("name", name, 120, true)
                .text("state", state, 80, true)
                .require(code != null && DISTRICT_CODE.matcher(code).matches(), "code", "homes.validation.districtCode");
    }
}
