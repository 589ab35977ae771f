package org.garrison.internal.study;

/**
 * How far a regime was kept: occurrences held and missed (excused ones count neither way, open and
 * coming ones are not decided yet). The rate is held ÷ (held + missed).
 */
public record Compliance(int held, int missed, int excused) {

    public int decided() {
        return held + missed;
    }

    /** NaN when nothing was decided yet. */
    public double rate() {
        return decided() == 0 ? Double.NaN : (double) held / decided();
    }

    Compliance plus(OccurrenceState state) {
        return switch (state) {
            case HELD -> new Compliance(held + 1, missed, excused);
            case MISSED -> new Compliance(held, missed + 1, excused);
            case EXCUSED -> new Compliance(held, missed, excused + 1);
            default -> this;
        };
    }
}
