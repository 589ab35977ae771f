package org.garrison.ui.widgets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.garrison.internal.ui.Messages;

/**
 * Date ranges on rows, Gantt-like: training batches, emergency tasks. Rows keep the order given;
 * the axis runs from the earliest start to the latest end with month ticks, and today is a red line.
 * Keyboard: Up / Down select a row, Enter (or a double-click) opens it. Drawn with SWT alone.
 */
public final class Timeline extends Canvas {

    /** One range of a row: from and to (inclusive), its state's colour and a tooltip. */
    public record Span(LocalDate from, LocalDate to, MarkState state, String tooltip) {
    }

    /** One row: its label and its ranges. */
    public record Row(String label, List<Span> spans) {
        public Row {
            spans = List.copyOf(spans);
        }
    }

    private static final int ROW_HEIGHT = 26;
    private static final int AXIS = 24;
    private static final int LABEL_WIDTH = 180;
    private List<Row> rows = List.of();
    private int selected = -1;
    private LocalDate today = LocalDate.now();
    private Consumer<Integer> opener = index -> {
    };

    public Timeline(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
        addListener(SWT.Paint, event -> paint(event.gc));
        addListener(SWT.MouseDown, event -> {
            int row = rowAt(event.y);
            if (row >= 0) {
                select(row);
                setFocus();
            }
        });
        addListener(SWT.MouseDoubleClick, event -> {
            int row = rowAt(event.y);
            if (row >= 0) {
                opener.accept(row);
            }
        });
        addListener(SWT.MouseHover, event -> setToolTipText(tooltipAt(event.x, event.y)));
        addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && selected < rows.size() - 1) {
                select(selected + 1);
            } else if (event.keyCode == SWT.ARROW_UP && selected > 0) {
                select(selected - 1);
            }
        });
        addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN && selected >= 0) {
                opener.accept(selected);
                event.doit = false;
            }
        });
        getVerticalBar().addListener(SWT.Selection, event -> redraw());
    }

    public void setRows(List<Row> shown) {
        rows = List.copyOf(shown);
        selected = rows.isEmpty() ? -1 : Math.min(Math.max(selected, 0), rows.size() - 1);
        getVerticalBar().setMaximum(Math.max(1, rows.size()));
        getVerticalBar().setThumb(Math.max(1, visibleRows()));
        redraw();
    }

    public List<Row> rows() {
        return rows;
    }

    /** The day drawn as today (the machine's date unless set, for reviews of a past year). */
    public void setToday(LocalDate day) {
        today = day;
        redraw();
    }

    public int selection() {
        return selected;
    }

    public void select(int row) {
        selected = row;
        int top = getVerticalBar().getSelection();
        if (row < top) {
            getVerticalBar().setSelection(row);
        } else if (row >= top + visibleRows()) {
            getVerticalBar().setSelection(row - visibleRows() + 1);
        }
        redraw();
        notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Told the row the user opens. */
    public void onOpen(Consumer<Integer> listener) {
        opener = listener;
    }

    private int visibleRows() {
        return Math.max(1, (getClientArea().height - AXIS) / ROW_HEIGHT);
    }

    /** Where the row is drawn now (its band across the widget); null when scrolled out of sight. */
    public Rectangle rowBounds(int row) {
        int position = row - getVerticalBar().getSelection();
        if (position < 0 || position >= visibleRows()) {
            return null;
        }
        Rectangle area = getClientArea();
        return new Rectangle(area.x, area.y + AXIS + position * ROW_HEIGHT, area.width, ROW_HEIGHT);
    }

    /** The x of the day on the axis; -1 when no row has a range. */
    public int xOf(LocalDate day) {
        LocalDate[] range = range();
        if (range == null) {
            return -1;
        }
        Rectangle area = getClientArea();
        long days = Math.max(1, ChronoUnit.DAYS.between(range[0], range[1]) + 1);
        int width = Math.max(1, area.width - LABEL_WIDTH - 8);
        return area.x + LABEL_WIDTH + (int) (ChronoUnit.DAYS.between(range[0], day) * width / days);
    }

    /** The x of today's line. */
    public int todayX() {
        return xOf(today);
    }

    private int rowAt(int y) {
        if (y < AXIS) {
            return -1;
        }
        int row = (y - AXIS) / ROW_HEIGHT + getVerticalBar().getSelection();
        return row < rows.size() ? row : -1;
    }

    private String tooltipAt(int x, int y) {
        int row = rowAt(y);
        if (row < 0) {
            return null;
        }
        for (Span span : rows.get(row).spans()) {
            if (x >= xOf(span.from()) && x <= xOf(span.to().plusDays(1))) {
                return span.from() + " — " + span.to() + (span.tooltip() == null ? "" : "\n" + span.tooltip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return rows.get(row).label();
    }

    /** The earliest start and the latest end of every range, or null. */
    private LocalDate[] range() {
        LocalDate first = null;
        LocalDate last = null;
        for (Row row : rows) {
            for (Span span : row.spans()) {
                first = first == null || span.from().isBefore(first) ? span.from() : first;
                last = last == null || span.to().isAfter(last) ? span.to() : last;
            }
        }
        return first == null ? null : new LocalDate[] { first.withDayOfMonth(1), last.withDayOfMonth(last.lengthOfMonth()) };
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        LocalDate[] range = range();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (range == null) {
            gc.drawText(Messages.Widgets_noRanges, area.x + 8, area.y + 8, true);
            return;
        }
        List<Integer> ticks = new ArrayList<>();
        for (LocalDate month = range[0]; !month.isAfter(range[1]); month = month.plusMonths(1)) {
            int x = xOf(month);
            ticks.add(x);
            gc.drawText(month.getYear() + "-" + String.format("%02d", month.getMonthValue()), x + 2, area.y + 4, true); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int top = getVerticalBar().getSelection();
        for (int row = top; row < rows.size() && row < top + visibleRows(); row++) {
            Rectangle band = rowBounds(row);
            if (row == selected) {
                gc.setBackground(getDisplay().getSystemColor(isFocusControl() ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_LIGHT_SHADOW));
                gc.fillRectangle(band.x, band.y, LABEL_WIDTH - 4, band.height);
            }
            gc.setForeground(getDisplay().getSystemColor(row == selected && isFocusControl() ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(shorten(gc, rows.get(row).label(), LABEL_WIDTH - 12), band.x + 6, band.y + (ROW_HEIGHT - gc.getFontMetrics().getHeight()) / 2, true);
            for (Span span : rows.get(row).spans()) {
                int from = xOf(span.from());
                int to = Math.max(from + 3, xOf(span.to().plusDays(1)));
                Color fill = new Color(getDisplay(), span.state().rgb());
                gc.setBackground(fill);
                gc.fillRoundRectangle(from, band.y + 5, to - from, ROW_HEIGHT - 10, 4, 4);
                fill.dispose();
            }
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        for (int x : ticks) {
            gc.drawLine(x, area.y + AXIS - 4, x, area.y + area.height);
        }
        int now = todayX();
        if (!today.isBefore(range[0]) && !today.isAfter(range[1])) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawLine(now, area.y + AXIS - 6, now, area.y + area.height);
            gc.setLineWidth(1);
            gc.drawText(Messages.Widgets_today, now + 3, area.y + AXIS - 6 - gc.getFontMetrics().getHeight() / 2, true);
        }
    }

    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && gc.textExtent(shorter + "…").x > width) { //$NON-NLS-1$
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…"; //$NON-NLS-1$
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 640 : wHint, hHint == SWT.DEFAULT ? AXIS + Math.max(3, rows.size()) * ROW_HEIGHT + 4 : hHint);
    }
}
