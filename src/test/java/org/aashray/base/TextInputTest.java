package org.aashray.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void control_characters_and_direction_overrides_are_removed() {
        assertThat(TextInput.clean("Seema\u0000\u0007\u001B Das")).isEqualTo("Seema Das");
        assertThat(TextInput.clean("invoice \u202Egnp.exe\u202C")).isEqualTo("invoice gnp.exe");
        assertThat(TextInput.clean("\u2066x\u2069\u0085\u007F")).isEqualTo("x");
    }

    @Test
    void indic_scripts_their_joiners_emoji_markup_and_line_breaks_are_kept_exactly() {
        for (String kept : new String[] {"सीमा क्षेत्री शर्मा", "মিতালী সরদার", "র‍্যাব", "क्‍ष", "👩‍👧 🌸",
                "<script>alert('x')</script>", "line one\nline two\r\n\tindented", ""}) {
            assertThat(TextInput.clean(kept)).isSameAs(kept);
        }
        assertThat(TextInput.clean(null)).isNull();
    }
}
