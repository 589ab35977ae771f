package org.garrison.ui.widgets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.garrison.internal.ui.Messages;

/**
 * A month, or a whole year of months, whose days are coloured by their {@link MarkState} with a
 * tooltip each: which sessions of a regime were held, which missed, which are planned. Keyboard:
 * arrows move the selected day, Page Up / Page Down the month, Y switches month and year view,
 * Enter (or a double-click) opens the day. Drawn with SWT alone.
 */
public final class MonthCalendar extends Canvas {

    private static final int HEADER = 28;
    private final Map<LocalDate, DayMark> marks = new HashMap<>();
    private YearMonth month = YearMonth.now();
    private LocalDate selected = LocalDate.now();
    private boolean yearView;
    private Consumer<LocalDate> opener = day -> {
    };

    public MonthCalendar(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        GC measure = new GC(this);
        labelHeight = measure.getFontMetrics().getHeight();
        measure.dispose();
        addListener(SWT.Paint, event -> paint(event.gc));
        addListener(SWT.MouseDown, event -> {
            LocalDate day = dayAt(event.x, event.y);
            if (day != null) {
                select(day);
                setFocus();
            }
        });
        addListener(SWT.MouseDoubleClick, event -> {
            LocalDate day = dayAt(event.x, event.y);
            if (day != null) {
                opener.accept(day);
            }
        });
        addListener(SWT.MouseHover, event -> {
            LocalDate day = dayAt(event.x, event.y);
            DayMark mark = day == null ? null : marks.get(day);
            setToolTipText(mark == null ? null : mark.day() + " " + mark.state().label() + (mark.tooltip() == null ? "" : "\n" + mark.tooltip())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN) {
                opener.accept(selected);
                event.doit = false;
            } else if (event.detail == SWT.TRAVERSE_ARROW_NEXT || event.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                event.doit = false; // arrows move the day, not the focus
            }
        });
        addListener(SWT.Dispose, event -> {
            if (small != null) {
                small.dispose();
            }
        });
        addListener(SWT.FocusIn, event -> redraw());
        addListener(SWT.FocusOut, event -> redraw());
        getAccessible();
    }

    public void setMarks(List<DayMark> days) {
        marks.clear();
        days.forEach(mark -> marks.put(mark.day(), mark));
        redraw();
    }

    public DayMark markOf(LocalDate day) {
        return marks.get(day);
    }

    public void setMonth(YearMonth shown) {
        month = shown;
        if (!YearMonth.from(selected).equals(shown) && !yearView) {
            selected = shown.atDay(1);
        }
        redraw();
    }

    public YearMonth month() {
        return month;
    }

    /** Shows the twelve months of the shown month's year (true) or the one month (false). */
    public void setYearView(boolean year) {
        yearView = year;
        redraw();
    }

    public boolean isYearView() {
        return yearView;
    }

    public LocalDate selected() {
        return selected;
    }

    public void select(LocalDate day) {
        selected = day;
        if (!yearView && !YearMonth.from(day).equals(month) || yearView && day.getYear() != month.getYear()) {
            month = YearMonth.from(day);
        }
        redraw();
        Event event = new Event();
        notifyListeners(SWT.Selection, event);
    }

    /** Told the day the user opens (Enter, double-click). */
    public void onOpen(Consumer<LocalDate> listener) {
        opener = listener;
    }

    private void key(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT -> select(selected.minusDays(1));
            case SWT.ARROW_RIGHT -> select(selected.plusDays(1));
            case SWT.ARROW_UP -> select(selected.minusWeeks(1));
            case SWT.ARROW_DOWN -> select(selected.plusWeeks(1));
            case SWT.PAGE_UP -> select(selected.minusMonths(1));
            case SWT.PAGE_DOWN -> select(selected.plusMonths(1));
            case SWT.HOME -> select(LocalDate.now());
            default -> {
                if (event.character == 'y' || event.character == 'Y') {
                    setYearView(!yearView);
                }
            }
        }
    }

    /** Where the day is drawn now; null when it is not shown. */
    public Rectangle cellBounds(LocalDate day) {
        if (yearView) {
            if (day.getYear() != month.getYear()) {
                return null;
            }
            return cell(monthGrid(day.getMonthValue() - 1), YearMonth.from(day), day);
        }
        return YearMonth.from(day).equals(month) ? cell(monthBody(getClientArea()), month, day) : null;
    }

    /** The day under the point, or null. */
    public LocalDate dayAt(int x, int y) {
        if (yearView) {
            for (int m = 0; m < 12; m++) {
                LocalDate day = dayIn(monthGrid(m), month.withMonth(m + 1), x, y);
                if (day != null) {
                    return day;
                }
            }
            return null;
        }
        return dayIn(monthBody(getClientArea()), month, x, y);
    }

    private Rectangle monthBody(Rectangle area) {
        return new Rectangle(area.x, area.y + HEADER, area.width, area.height - HEADER);
    }

    /** The box of a month in the year view, its name on top. */
    private Rectangle monthArea(int index) {
        Rectangle area = getClientArea();
        int width = area.width / 4;
        int height = (area.height - HEADER) / 3;
        return new Rectangle(area.x + index % 4 * width, area.y + HEADER + index / 4 * height, width, height);
    }

    /** The days' grid of a month in the year view: its box below the month's name. */
    private Rectangle monthGrid(int index) {
        Rectangle box = monthArea(index);
        return new Rectangle(box.x + 2, box.y + labelHeight, box.width - 4, box.height - labelHeight - 2);
    }

    private final int labelHeight;

    /** The grid of a month within the area: a row of weekday names, then six weeks. */
    private static Rectangle cell(Rectangle area, YearMonth shown, LocalDate day) {
        int width = area.width / 7;
        int height = area.height / 7;
        int offset = shown.atDay(1).getDayOfWeek().getValue() - 1;
        int index = offset + day.getDayOfMonth() - 1;
        return new Rectangle(area.x + index % 7 * width, area.y + height + index / 7 * height, width, height);
    }

    private static LocalDate dayIn(Rectangle area, YearMonth shown, int x, int y) {
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            if (cell(area, shown, shown.atDay(d)).contains(x, y)) {
                return shown.atDay(d);
            }
        }
        return null;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String title = yearView ? NLS.bind(Messages.Widgets_year, month.getYear())
                : NLS.bind(Messages.Widgets_month, month.getYear(), month.getMonthValue());
        Point extent = gc.textExtent(title);
        gc.drawText(title, area.x + (area.width - extent.x) / 2, area.y + (HEADER - extent.y) / 2, true);
        if (yearView) {
            for (int m = 0; m < 12; m++) {
                Rectangle monthArea = monthArea(m);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawText(NLS.bind(Messages.Widgets_monthShort, m + 1), monthArea.x + 4, monthArea.y, true);
                paintMonth(gc, monthGrid(m), month.withMonth(m + 1), false);
            }
        } else {
            paintMonth(gc, monthBody(area), month, true);
        }
    }

    /** The smaller font of the year view's days, made once. */
    private org.eclipse.swt.graphics.Font small;

    private org.eclipse.swt.graphics.Font small() {
        if (small == null) {
            org.eclipse.swt.graphics.FontData data = getFont().getFontData()[0];
            small = new org.eclipse.swt.graphics.Font(getDisplay(), data.getName(), Math.max(6, data.getHeight() * 3 / 4), SWT.NORMAL);
        }
        return small;
    }

    private void paintMonth(GC gc, Rectangle area, YearMonth shown, boolean large) {
        gc.setFont(large ? getFont() : small());
        int width = area.width / 7;
        int height = area.height / 7;
        String[] weekdays = Messages.Widgets_weekdays.split(","); //$NON-NLS-1$
        boolean roomForText = height >= gc.getFontMetrics().getHeight();
        if (large && roomForText) {
            for (int i = 0; i < 7; i++) {
                Point extent = gc.textExtent(weekdays[i]);
                gc.drawText(weekdays[i], area.x + i * width + (width - extent.x) / 2, area.y + (height - extent.y) / 2, true);
            }
        }
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate day = shown.atDay(d);
            Rectangle cell = cell(area, shown, day);
            DayMark mark = marks.get(day);
            if (mark != null) {
                Color fill = new Color(getDisplay(), mark.state().rgb());
                gc.setBackground(fill);
                gc.fillRoundRectangle(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2, 6, 6);
                fill.dispose();
            }
            if (day.equals(LocalDate.now())) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                gc.drawRoundRectangle(cell.x + 1, cell.y + 1, cell.width - 3, cell.height - 3, 6, 6);
            }
            if (day.equals(selected) && isFocusControl()) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setLineWidth(2);
                gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 3, cell.height - 3);
                gc.setLineWidth(1);
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            gc.setForeground(getDisplay().getSystemColor(mark != null ? SWT.COLOR_WHITE : weekend ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
            if (roomForText) {
                String text = Integer.toString(d);
                Point extent = gc.textExtent(text);
                gc.drawText(text, cell.x + (cell.width - extent.x) / 2, cell.y + (cell.height - extent.y) / 2, true);
            }
        }
        gc.setFont(getFont());
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 420 : wHint, hHint == SWT.DEFAULT ? 320 : hHint);
    }
}
