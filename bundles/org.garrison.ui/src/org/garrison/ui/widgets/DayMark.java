package org.garrison.ui.widgets;

import java.time.LocalDate;

/** A day a calendar marks: its state and what its tooltip says (the sessions held that day, say). */
public record DayMark(LocalDate day, MarkState state, String tooltip) {
}
