package org.aashray.residents.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a no-contact entry matches: every word of the listed name among the words recorded, in any script or common
 * spelling, or the listed number written anywhere in the text.
 */
class NoContactMatcherTest {

    static NoContact entry(String name, String phone) {
        NoContact n = new NoContact();
        n.setPersonName(name);
        n.setPhone(phone);
        return n;
    }

    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of("Ramesh Yadav", null, "रमेश यादव"),
                Arguments.of("रमेश यादव", null, "Ramesh Yadav"),
                Arguments.of("Rahman Mondal", null, "Her uncle রহমান মণ্ডল and his wife"),
                Arguments.of("Rehman Mandal", null, "Rahman Mondal"),
                Arguments.of("Shabnam Khatun", null, "শবনম খাতুন (aunt)"),
                Arguments.of("Seema Khatoon", null, "सीमा खातून"),
                Arguments.of("Bablu", null, "Mother, brother Bablu, two sisters"),
                Arguments.of(null, "+91 98300 12345", "Call 098300-12345 after six"),
                Arguments.of("Someone Else", "9830012345", "Mother (+91-98300-12345)"),
                Arguments.of(null, "033 2456 7890", "Landline 03324567890"));
    }

    static Stream<Arguments> notMatching() {
        return Stream.of(
                Arguments.of("Ramesh Yadav", null, "Ramesh"),
                Arguments.of("Ramesh Yadav", null, "Ramesh Kumar"),
                Arguments.of("Seema Khatun", null, "Soma Khatun"),
                Arguments.of("Rina Das", null, "Rita Das"),
                Arguments.of(null, "+91 98300 12345", "98300 12346"),
                Arguments.of(null, "+91 98300 12345", "Visit on 12/05/2026, 3 people"),
                Arguments.of("Ramesh Yadav", "+91 98300 12345", null),
                Arguments.of("Ramesh Yadav", "+91 98300 12345", "   "));
    }

    @ParameterizedTest(name = "{0} / {1} in \"{2}\"")
    @MethodSource("matching")
    void matches_across_scripts_spellings_and_numbers_in_text(String name, String phone, String recorded) {
        assertThat(NoContactMatcher.matches(entry(name, phone), recorded)).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1} not in \"{2}\"")
    @MethodSource("notMatching")
    void does_not_match_another_person_a_part_of_the_name_or_another_number(String name, String phone, String recorded) {
        assertThat(NoContactMatcher.matches(entry(name, phone), recorded)).isFalse();
    }
}
