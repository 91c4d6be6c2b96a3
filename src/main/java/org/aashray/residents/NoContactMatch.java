package org.aashray.residents;

/**
 * What {@link NoContactCheck} found: the field whose text matched and the name written on her no-contact list (or
 * its phone number, for an entry recorded without a name), for the message next to that field.
 */
public record NoContactMatch(String field, String entry) {
}
