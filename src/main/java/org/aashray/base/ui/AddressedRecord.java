package org.aashray.base.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one way a view loads the record its address names ({@code /resident/12}, {@code ?mother=12}): a record the
 * caller may not see answers exactly as one that does not exist, with the not-found page and nothing in the error
 * log, so an address typed by hand tells nobody which records other homes keep. The service still decides: it
 * refuses both the same way, and this only turns that refusal into the page.
 */
public final class AddressedRecord {

    private AddressedRecord() {
    }

    /** The id an address carries, or none when it is not a number (an address typed by hand): ignore it then. */
    public static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    public static <T> T open(Supplier<T> load) {
        try {
            return load.get();
        } catch (AccessDeniedException | NoSuchElementException refused) {
            throw new NotFoundException();
        }
    }
}
