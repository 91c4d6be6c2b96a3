package org.aashray.homes;

/** A home as someone outside it may know it: its name and district, nothing of its residents. */
public record HomeLabel(long id, String name, String districtName) {
}
