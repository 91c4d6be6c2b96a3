package org.aashray.residents.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spellings of one name, in Devanagari, Bengali and Latin letters, that intake must bring together, and names that
 * look alike but are other women's. A pair that matches also shares a phonetic key, so the database lookup finds it.
 */
class NameMatchingTest {

    static Stream<Arguments> sameName() {
        return Stream.of(
                pair("सीमा", "Seema"), pair("सीमा", "Sima"), pair("Seema", "Sima"),
                pair("মিতালী", "Mitali"), pair("মিতালী", "Meetali"), pair("Mitali", "Meetali"),
                pair("खातून", "Khatoon"), pair("खातून", "Khatun"), pair("খাতুন", "Khatun"), pair("Khatoon", "Khatun"),
                pair("सीमा खातून", "Seema Khatun"), pair("Sima Khatoon", "सीमा खातून"), pair("Khatun Seema", "Seema Khatoon"),
                pair("शबनम", "Shabnam"), pair("শবনম", "Shabnam"), pair("নাসরিন", "Nasreen"), pair("Nasrin", "Nasreen"),
                pair("পারভীন", "Parveen"), pair("Parvin", "Parveen"), pair("रहमान", "Rahman"), pair("Rehman", "Rahman"),
                pair("सलमा", "Salma"), pair("সালমা", "Salma"), pair("झरना", "Jharna"), pair("ঝর্ণা", "Jharna"),
                pair("ज़रीना", "Zarina"), pair("জরিনা", "Zarina"), pair("Jarina", "Zarina"),
                pair("पूजा", "Pooja"), pair("Puja", "Pooja"), pair("लक्ष्मी", "Lakshmi"), pair("Laxmi", "Lakshmi"),
                pair("লক্ষ্মী", "Laxmi"), pair("ज्योति", "Jyoti"), pair("Jyothi", "Joti"), pair("सुनीता", "Suneeta"),
                pair("অঞ্জলি", "Anjali"), pair("Anjoli", "Anjali"), pair("रूपा", "Roopa"), pair("বীণা", "Veena"),
                pair("Bina", "Veena"), pair("देवी", "Debi"), pair("বিশ্বাস", "Biswas"), pair("विश्वास", "Biswas"),
                pair("মণ্ডল", "Mondal"), pair("Mandal", "Mondal"), pair("ছায়া", "Chhaya"), pair("छाया", "Chaya"),
                pair("চম্পা", "Champa"), pair("কাজল", "Kajol"), pair("Kajal", "Kajol"), pair("Shompa", "Sampa"),
                pair("ফাতেমা", "Fatima"), pair("Phoolmani", "Fulmani"), pair("খুশি", "Khushi"), pair("कृष्णा", "Krishna"),
                pair("ললিতা", "Lalitha"), pair("মমতাজ", "Mumtaz"), pair("তসলিমা", "Tasleema"), pair("মৌসুমী", "Moushumi"),
                pair("Mausumi", "Mousumi"), pair("कमला", "Kamala"), pair("Kamla", "Kamala"), pair("Mamta", "Mamata"),
                pair("প্রিয়াঙ্কা", "Priyanka"), pair("Prianka", "Priyanka"), pair("Sumy", "Sumi"),
                pair("निर्मला", "Nirmala"), pair("Hasina", "Haseena"), pair("রেহানা", "Rehana"), pair("Sapna", "Shapna"),
                pair("দীপা", "Deepa"), pair("Gita", "Geetha"), pair("মৌমিতা", "Moumita"),
                pair("Mitali Sardar (demo)", "Mitali Sardar"), pair("Seema", "Seema Khatun"),
                pair("Mst. Rubina Khatun", "Rubina Khatoon"));
    }

    static Stream<Arguments> otherName() {
        return Stream.of(
                pair("Sima", "Soma"), pair("Rina", "Rita"), pair("Asha", "Usha"), pair("Rupa", "Rupali"), pair("Gita", "Sita"),
                pair("Mina", "Mona"), pair("Sunita", "Sumita"), pair("Puja", "Priya"), pair("Salma", "Selina"),
                pair("Rahman", "Raman"), pair("Nasrin", "Nasima"), pair("Kajal", "Kamal"), pair("Anjali", "Anju"),
                pair("Mitali", "Mithila"), pair("Seema", "Reema"), pair("Khatun", "Katrina"), pair("Fatima", "Fahima"),
                pair("Priya", "Piya"), pair("Bina", "Binita"), pair("Moni", "Mona"), pair("Rumi", "Rumki"),
                pair("Shabnam", "Shabana"), pair("Jharna", "Jhuma"), pair("Parvati", "Parveen"), pair("Sunita", "Sanjita"),
                pair("Tania", "Tanuja"), pair("Kalpana", "Kalyani"), pair("Sita", "Savita"), pair("Geeta", "Gauri"),
                pair("Rekha", "Rehana"), pair("Nirmala", "Nirupama"), pair("Sabina", "Sabita"), pair("Rashida", "Rashmi"),
                pair("Hasina", "Husna"), pair("Rupa", "Ruma"), pair("Dipa", "Dipali"), pair("Lipi", "Lipika"),
                pair("Seema Khatun", "Seema Das"), pair("Rina Das", "Rina Biswas"), pair("Mitali Sardar", "Mitali Mondal"),
                pair("सीमा", "Soma"), pair("মিতালী", "Malati"), pair("खातून", "Katrina"), pair("रीना", "Rita"),
                pair("Mitali", "Meena"), pair("Lata", "Latika"), pair("Ruma", "Rumana"), pair("Sima", "Simran"),
                pair("Shirin", "Sharmin"), pair("", "Seema"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sameName")
    void spellings_of_one_name_match_and_share_a_key(String a, String b) {
        assertThat(NameSimilarity.matches(a, b)).as("%s %s vs %s %s", a, NameNormaliser.words(a), b, NameNormaliser.words(b))
                .isTrue();
        assertThat(NameSimilarity.matches(b, a)).as("symmetric").isTrue();
        assertThat(NameKeyIndex.keys(a, null)).as("a shared key for the lookup").containsAnyElementsOf(NameKeyIndex.keys(b, null));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @MethodSource("otherName")
    void other_names_do_not_match(String a, String b) {
        assertThat(NameSimilarity.score(a, b)).as("%s %s vs %s %s", a, NameNormaliser.words(a), b, NameNormaliser.words(b))
                .isZero();
    }

    @org.junit.jupiter.api.Test
    void the_tables_hold_at_least_thirty_pairs_each() {
        assertThat(sameName().count()).isGreaterThanOrEqualTo(30);
        assertThat(otherName().count()).isGreaterThanOrEqualTo(30);
    }

    @org.junit.jupiter.api.Test
    void any_typed_text_gives_keys_and_words_that_fit_their_columns() {
        String consonants = "bcdfghjklmnpqrstvwxz".repeat(6);
        String chinese = "王".repeat(120);
        for (String typed : List.of(consonants, chinese, "😀 \u202E x", "   ", "Ms. O'Neil-Das")) {
            assertThat(NameKeyIndex.keys(typed, typed)).allSatisfy(k -> assertThat(k.length()).isBetween(1, PhoneticKey.MAX_LENGTH));
            String words = NameKeyIndex.words(typed);
            assertThat(words == null || words.length() <= 400).isTrue();
        }
    }

    private static Arguments pair(String a, String b) {
        return Arguments.of(a, b);
    }
}
