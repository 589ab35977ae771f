package org.garrison.ui.widgets;

import org.eclipse.swt.graphics.RGB;
import org.garrison.internal.ui.Messages;

/** The state a calendar day or a timeline span shows, each in its colour: held (green), missed (red), planned (blue), excused (grey). */
public enum MarkState {
    HELD(new RGB(0x4C, 0xAF, 0x50)), MISSED(new RGB(0xE5, 0x39, 0x35)), PLANNED(new RGB(0x42, 0x85, 0xF4)),
    /** Not held for an accepted reason (a holiday, an emergency task). */
    EXCUSED(new RGB(0x9E, 0x9E, 0x9E));

    private final RGB rgb;

    MarkState(RGB rgb) {
        this.rgb = rgb;
    }

    public RGB rgb() {
        return rgb;
    }

    /** The state's name for the user (已举行, 未举行, 计划). */
    public String label() {
        return switch (this) {
            case HELD -> Messages.Widgets_held;
            case MISSED -> Messages.Widgets_missed;
            case PLANNED -> Messages.Widgets_planned;
            case EXCUSED -> Messages.Widgets_excused;
        };
    }
}
