package org.garrison.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure's value: a count or a share, or missing when the records cannot give one (no campaign
 * that year, a share of nothing, a figure that does not apply to the scope). A share may carry the
 * target it is measured against and whether it meets it.
 */
public record FigureValue(Number value, Double target, Boolean met) {

    private static final FigureValue MISSING = new FigureValue(null, null, null);

    public static FigureValue of(long count) {
        return new FigureValue(count, null, null);
    }

    public static FigureValue share(double share) {
        return Double.isNaN(share) ? MISSING : new FigureValue(share, null, null);
    }

    public static FigureValue missing() {
        return MISSING;
    }

    public boolean isMissing() {
        return value == null;
    }

    /** Missing or zero: the report leaves the sentence out or words it for nothing. */
    public boolean isNothing() {
        return value == null || value.doubleValue() == 0;
    }

    public long count() {
        return value == null ? 0 : value.longValue();
    }

    public double share() {
        return value == null ? Double.NaN : value.doubleValue();
    }

    public FigureValue withTarget(double targetShare, boolean meets) {
        return new FigureValue(value, targetShare, isMissing() ? null : meets);
    }

    /** As the report prints it: {@code 412}, or a share in percent with one decimal, {@code 37.5}. */
    public String text(FigureUnit unit) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (unit == FigureUnit.SHARE) {
            return percent(value.doubleValue());
        }
        return Long.toString(value.longValue());
    }

    /** A share in percent with one decimal, rounded half up as people round: 0.3755 → 37.6. */
    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
