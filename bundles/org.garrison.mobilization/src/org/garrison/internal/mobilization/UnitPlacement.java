package org.garrison.internal.mobilization;

import java.util.HashMap;
import java.util.Map;

import org.garrison.model.mobilization.MilitiaUnit;

/**
 * How the rows of a roster file find their unit: by the file's unit column, all into one unit, or by
 * the town and village columns (the place's unit; where a place has several, the one the user chose;
 * where it has none, a new one when the user asked for the missing units to be created).
 */
public final class UnitPlacement {

    public enum Kind {
        COLUMN, ONE_UNIT, BY_PLACE
    }

    private final Kind kind;
    private final String unit;
    private final boolean createMissing;
    private final Map<String, MilitiaUnit> chosen = new HashMap<>();

    private UnitPlacement(Kind kind, String unit, boolean createMissing) {
        this.kind = kind;
        this.unit = unit;
        this.createMissing = createMissing;
    }

    /** The file's 所在分队 column names each row's unit (the town and village columns tell apart units of one name). */
    public static UnitPlacement fromColumn() {
        return new UnitPlacement(Kind.COLUMN, null, false);
    }

    /** Every row into the unit of that name, or of that place and name ({@link RosterImport#unitLabel}). */
    public static UnitPlacement oneUnit(String nameOrLabel) {
        return new UnitPlacement(Kind.ONE_UNIT, nameOrLabel, false);
    }

    /** Each row into the unit of its town or village; with {@code createMissing}, a new unit where a place has none. */
    public static UnitPlacement byPlace(boolean createMissing) {
        return new UnitPlacement(Kind.BY_PLACE, null, createMissing);
    }

    /** Where a place has several units, the rows of that place go into this one. */
    public UnitPlacement choose(String place, MilitiaUnit choice) {
        chosen.put(place, choice);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String unit() {
        return unit;
    }

    public boolean createMissing() {
        return createMissing;
    }

    MilitiaUnit chosen(String place) {
        return chosen.get(place);
    }
}
