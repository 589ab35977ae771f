package org.garrison.internal.security;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.MaintenancePlan;

/** How the security area writes dates, months, quarters, intervals, shares and the matrix's cells. */
public final class SecurityTexts {

    private SecurityTexts() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : NLS.bind(Messages.Texts_date, new Object[] { date.getYear(), date.getMonthValue(), date.getDayOfMonth() }); //$NON-NLS-1$
    }

    public static String month(YearMonth month) {
        return NLS.bind(Messages.Texts_month, month.getYear(), month.getMonthValue());
    }

    /** A month as a chart's axis names it: 1月, Jan. */
    public static String shortMonth(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale);
    }

    public static String quarter(int quarter) {
        return NLS.bind(Messages.Texts_quarter, quarter);
    }

    public static String label(Enumerator literal, Locale locale) {
        return literal == null ? "" : ModelLabels.of(literal, locale); //$NON-NLS-1$
    }

    /** 每1个月, 每30天, 每1季度, 每1年. */
    public static String interval(MaintenancePlan plan, Locale locale) {
        IntervalUnit unit = plan.getIntervalUnit();
        return NLS.bind(Messages.Texts_interval, plan.getInterval(), label(unit, locale));
    }

    public static String share(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A cell of the activities matrix: its dates when held, else its state. */
    public static String cell(ActivityMatrix.Cell cell) {
        if (!cell.activities().isEmpty()) {
            return String.join(Messages.Texts_listSeparator, cell.activities().stream().map(activity -> date(activity.getDate())).toList());
        }
        return switch (cell.state()) {
            case MISSING -> Messages.Matrix_missing;
            case OPEN -> Messages.Matrix_open;
            default -> ""; //$NON-NLS-1$
        };
    }
}
