package org.aashray.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aashray.audit.internal.ResidentRecordTypes;
import org.junit.jupiter.api.Test;

/** Every audited record type is either about a resident (field names only) or structure (values kept): none slips by. */
class ResidentRecordTypesTest {

    private static final Pattern RECORDED = Pattern.compile("recordChange\\(\\s*[^,]+,\\s*\"([A-Za-z]+)\"");

    @Test
    void every_audited_type_is_either_about_a_resident_or_structure() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORDED.matcher(Files.readString(file));
                while (m.find()) recorded.add(m.group(1));
            }
        }
        assertThat(recorded).contains("Resident", "Visit", "Home").hasSizeGreaterThan(30);
        assertThat(recorded).filteredOn(t -> !ResidentRecordTypes.about(t) && !ResidentRecordTypes.STRUCTURE.contains(t))
                .as("audited types in neither list of ResidentRecordTypes").isEmpty();
        assertThat(recorded).filteredOn(t -> ResidentRecordTypes.about(t) && ResidentRecordTypes.STRUCTURE.contains(t)).isEmpty();
    }
}
