package org.garrison.ui.editor;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.Messages;

/**
 * A date: typed (see {@link DateTexts}) or picked from SWT's calendar, which drops down from the
 * button beside the text or by Alt+Down. A day is taken by double-click, Enter or 确定; Esc closes.
 */
public final class DateField extends Composite {

    private final Text text;
    private final Button drop;
    private Consumer<LocalDate> picked = date -> {
    };
    private Shell popup;

    public DateField(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(this);
        text = new Text(this, SWT.BORDER | SWT.SINGLE);
        text.setMessage(Messages.Date_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        drop = new Button(this, SWT.ARROW | SWT.DOWN);
        drop.setToolTipText(Messages.Date_pick);
        drop.addListener(SWT.Selection, event -> openCalendar());
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && (event.stateMask & SWT.ALT) != 0) {
                openCalendar();
            }
        });
    }

    public Text text() {
        return text;
    }

    /** Told the date the user picked from the calendar. */
    public void onPicked(Consumer<LocalDate> listener) {
        this.picked = listener;
    }

    /** The calendar, while it is open (for tests and for keyboard users), else null. */
    public DateTime calendar() {
        return popup == null || popup.isDisposed() ? null : (DateTime) popup.getChildren()[0];
    }

    /** Opens the calendar at the typed date (today when none or unreadable). */
    public void openCalendar() {
        if (popup != null && !popup.isDisposed()) {
            return;
        }
        popup = new Shell(getShell(), SWT.NO_TRIM | SWT.ON_TOP | SWT.BORDER);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 4).applyTo(popup);
        DateTime calendar = new DateTime(popup, SWT.CALENDAR | SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(calendar);
        LocalDate shown = typedOrToday();
        calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        Button today = new Button(popup, SWT.PUSH);
        today.setText(Messages.Date_today);
        today.addListener(SWT.Selection, event -> {
            LocalDate now = LocalDate.now();
            calendar.setDate(now.getYear(), now.getMonthValue() - 1, now.getDayOfMonth());
        });
        Button ok = new Button(popup, SWT.PUSH);
        ok.setText(Messages.Date_take);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(ok);
        ok.addListener(SWT.Selection, event -> take(calendar));
        calendar.addListener(SWT.DefaultSelection, event -> take(calendar));
        popup.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                closeCalendar();
                event.doit = false;
            }
        });
        popup.addListener(SWT.Deactivate, event -> getDisplay().asyncExec(this::closeCalendar));
        popup.pack();
        Point below = text.toDisplay(0, text.getSize().y);
        popup.setLocation(below);
        popup.setDefaultButton(ok);
        popup.open();
        calendar.setFocus();
    }

    /** Takes the day the calendar shows, as the user's choice. */
    public void take(DateTime calendar) {
        LocalDate date = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
        closeCalendar();
        text.setText(DateTexts.format(date));
        picked.accept(date);
        text.setFocus();
    }

    private void closeCalendar() {
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
    }

    private LocalDate typedOrToday() {
        try {
            LocalDate typed = DateTexts.parse(text.getText());
            return typed == null ? LocalDate.now() : typed;
        } catch (IllegalArgumentException e) {
            return LocalDate.now();
        }
    }

    @Override
    public void dispose() {
        closeCalendar();
        super.dispose();
    }
}
