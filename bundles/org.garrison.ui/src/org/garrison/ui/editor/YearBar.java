package org.garrison.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.garrison.internal.ui.Messages;

/**
 * The bar above a view of a year (a schedule, a matrix, statistics): 年度 and a list of the years the
 * records have and this year, this year chosen; then a summary line; the caller adds its buttons after.
 */
public final class YearBar {

    private final Composite bar;
    private final Combo years;
    private final Label summary;
    private final List<Integer> shown = new ArrayList<>();

    /**
     * @param buttons how many buttons the caller adds to {@link #control()} after the summary
     * @param recordYears the years records are dated in (this year is added)
     * @param changed told when the user chooses another year
     */
    public YearBar(Composite parent, int buttons, Collection<Integer> recordYears, int thisYear, Runnable changed) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3 + buttons).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.YearBar_year);
        years = new Combo(bar, SWT.READ_ONLY);
        recordYears.stream().distinct().forEach(shown::add);
        if (!shown.contains(thisYear)) {
            shown.add(thisYear);
        }
        shown.sort(null);
        shown.forEach(year -> years.add(NLS.bind(Messages.YearBar_item, year)));
        years.select(shown.indexOf(thisYear));
        years.addListener(SWT.Selection, event -> changed.run());
        summary = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).applyTo(summary);
    }

    /** The bar, for the caller's buttons. */
    public Composite control() {
        return bar;
    }

    public Combo combo() {
        return years;
    }

    /** The year chosen. */
    public int year() {
        return shown.get(Math.max(0, years.getSelectionIndex()));
    }

    /** Chooses the year (as the user would) and tells the listener; false when the list has no such year. */
    public boolean choose(int year) {
        int index = shown.indexOf(year);
        if (index < 0) {
            return false;
        }
        years.select(index);
        years.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        return true;
    }

    public void summarize(String text) {
        summary.setText(text);
        bar.layout(true);
    }

    public Label summary() {
        return summary;
    }
}
