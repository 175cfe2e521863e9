package com.ascent.app.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputTextTest {

    /** A name shown reversed: U+202E RIGHT-TO-LEFT OVERRIDE, then U+2066 LEFT-TO-RIGHT ISOLATE and U+200F. */
    static final String SPOOFED = "\u202EAnna\u202C \u2066Nowak\u2069\u200F";

    @Test
    void rightToLeftOverrideAndOtherBidiCharactersAreRemoved() {
        assertThat(InputText.line(SPOOFED)).isEqualTo("Anna Nowak");
        assertThat(InputText.paragraphs("Notes\u202E gnp.exe")).isEqualTo("Notes gnp.exe");
    }

    @Test
    void aNameCannotAddLinesButANoteKeepsThem() {
        assertThat(InputText.line("Mallory\r\nATTENDEE;CN=Eve:mailto:eve@evil.example"))
                .isEqualTo("Mallory ATTENDEE;CN=Eve:mailto:eve@evil.example");
        assertThat(InputText.paragraphs("First line\r\nSecond\tline\u0007\n")).isEqualTo("First line\nSecond\tline");
    }

    @Test
    void controlCharactersAndStrayByteOrderMarksAreRemovedAndLettersComposed() {
        assertThat(InputText.line("\uFEFFAna\u0000 Sil\u001Bva\u0085 ")).isEqualTo("Ana Silva");
        assertThat(InputText.line("Zaz\u0307o\u0301\u0142c\u0301")).isEqualTo("Zażółć");
    }

    @Test
    void tooLongTextIsRefusedNamingItsFieldNeverCut() {
        assertThat(InputText.name("fullName", "a".repeat(TextLimits.NAME_MAX_LENGTH))).hasSize(200);
        assertThatThrownBy(() -> InputText.name("fullName", "a".repeat(100_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fullName");
                    assertThat(e.getMessage()).isEqualTo("text.error.nameTooLong");
                });
        assertThat(InputText.text("notes", "b".repeat(TextLimits.TEXT_MAX_LENGTH))).hasSize(5000);
        assertThatThrownBy(() -> InputText.text("notes", "b".repeat(TextLimits.TEXT_MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("text.error.textTooLong");
    }

    @Test
    void aRecordIsCleanedComponentByComponent() {
        ActionItemDraft draft = new ActionItemDraft("Prepare\n\u202Ethe agenda", " Ana\u202E\nSilva ", null,
                ActionStatus.OPEN);
        assertThat(InputText.clean(draft, "description"))
                .isEqualTo(new ActionItemDraft("Prepare\nthe agenda", "Ana Silva", null, ActionStatus.OPEN));
        assertThatThrownBy(() -> InputText.clean(new ActionItemDraft("ok", "x".repeat(201), null, ActionStatus.OPEN),
                "description")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("owner"));
    }

    @Test
    void listsOfNamesAreCleanedElementByElement() {
        record Tags(List<String> tags) {
        }
        assertThat(InputText.clean(new Tags(List.of("\u202Eone", "two\n")))).isEqualTo(new Tags(List.of("one", "two")));
    }
}
