package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.widgets.DayMark;
import org.garrison.ui.widgets.MarkState;
import org.garrison.ui.widgets.MonthCalendar;
import org.garrison.ui.widgets.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework's drawing widgets, drawn for real: a chart and its PNG, the calendar's marked days, the timeline's rows and today. */
class WidgetsTest {

    @TempDir
    Path folder;

    private Shell shell;

    private Shell shell(int width, int height) {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return shell;
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aBarChartRendersItsValuesAndExportsAPng() throws Exception {
        Chart chart = Charts.create(shell(600, 360), Charts.Kind.BAR, "各环节人数", new String[] { "报名", "体检", "入伍" },
                List.of(new ChartSeries("应征青年", new double[] { 120, 80, 40 }, new RGB(0x1E, 0x88, 0xE5))));
        shell.open();
        settle();
        Path png = folder.resolve("chart.png");
        Charts.exportPng(chart, png);
        assertThat(Files.size(png)).isPositive();
        ImageData image = new ImageData(png.toString());
        assertThat(image.width).isGreaterThan(100);
        Set<Integer> colours = new HashSet<>();
        int bars = 0;
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                RGB rgb = image.palette.getRGB(image.getPixel(x, y));
                colours.add(rgb.hashCode());
                if (rgb.blue > 180 && rgb.blue > rgb.red + 80 && rgb.green > 100) { // the bars' blue, as SWTChart shades it
                    bars++;
                }
            }
        }
        assertThat(colours).as("the image is not blank").hasSizeGreaterThan(3);
        assertThat(bars).as("the bars are drawn in their colour").isGreaterThan(image.width * image.height / 4 / 10);
        assertThat(Charts.tooltip(chart, chart.getAxisSet().getXAxis(0).getPixelCoordinate(1))).isEqualTo("体检\n应征青年：80");
    }

    @Test
    void theCalendarMarksTheDaysItWasGivenAndMovesByKeyboard() {
        MonthCalendar calendar = new MonthCalendar(shell(560, 420), SWT.NONE);
        calendar.setMonth(YearMonth.of(2026, 3));
        calendar.setMarks(List.of(new DayMark(LocalDate.of(2026, 3, 3), MarkState.HELD, "每周一学"),
                new DayMark(LocalDate.of(2026, 3, 10), MarkState.MISSED, "每周一学"), new DayMark(LocalDate.of(2026, 3, 17), MarkState.PLANNED, null)));
        shell.open();
        settle();
        ImageData drawn = drawn(calendar);
        assertThat(colourIn(drawn, calendar.cellBounds(LocalDate.of(2026, 3, 3)))).isEqualTo(MarkState.HELD.rgb());
        assertThat(colourIn(drawn, calendar.cellBounds(LocalDate.of(2026, 3, 10)))).isEqualTo(MarkState.MISSED.rgb());
        assertThat(colourIn(drawn, calendar.cellBounds(LocalDate.of(2026, 3, 17)))).isEqualTo(MarkState.PLANNED.rgb());
        assertThat(colourIn(drawn, calendar.cellBounds(LocalDate.of(2026, 3, 4)))).isNotIn(MarkState.HELD.rgb(), MarkState.MISSED.rgb(), MarkState.PLANNED.rgb());
        Rectangle third = calendar.cellBounds(LocalDate.of(2026, 3, 3));
        assertThat(calendar.dayAt(third.x + third.width / 2, third.y + third.height / 2)).isEqualTo(LocalDate.of(2026, 3, 3));

        calendar.select(LocalDate.of(2026, 3, 31));
        key(calendar, SWT.ARROW_RIGHT);
        assertThat(calendar.selected()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(calendar.month()).isEqualTo(YearMonth.of(2026, 4));
        key(calendar, SWT.PAGE_UP);
        assertThat(calendar.selected()).isEqualTo(LocalDate.of(2026, 3, 1));
        LocalDate[] opened = new LocalDate[1];
        calendar.onOpen(day -> opened[0] = day);
        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        calendar.notifyListeners(SWT.Traverse, enter);
        assertThat(opened[0]).isEqualTo(LocalDate.of(2026, 3, 1));

        calendar.setYearView(true);
        settle();
        ImageData year = drawn(calendar);
        assertThat(colourIn(year, calendar.cellBounds(LocalDate.of(2026, 3, 10)))).as("the year view marks the day too").isEqualTo(MarkState.MISSED.rgb());
    }

    @Test
    void theTimelineShowsRowsInOrderWithTheirRangesAndToday() {
        Timeline timeline = new Timeline(shell(800, 300), SWT.NONE);
        timeline.setRows(List.of(
                new Timeline.Row("第一批 基干民兵综合训练", List.of(new Timeline.Span(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), MarkState.HELD, null))),
                new Timeline.Row("第二批 应急分队训练", List.of(new Timeline.Span(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 30), MarkState.MISSED, null))),
                new Timeline.Row("第三批 专业分队训练", List.of(new Timeline.Span(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 25), MarkState.PLANNED, null)))));
        timeline.setToday(LocalDate.of(2026, 6, 15));
        shell.open();
        settle();
        assertThat(timeline.rowBounds(0).y).isLessThan(timeline.rowBounds(1).y);
        assertThat(timeline.rowBounds(1).y).isLessThan(timeline.rowBounds(2).y);
        assertThat(timeline.xOf(LocalDate.of(2026, 3, 2))).isLessThan(timeline.todayX());
        assertThat(timeline.todayX()).isLessThan(timeline.xOf(LocalDate.of(2026, 9, 1)));
        ImageData drawn = drawn(timeline);
        Rectangle second = timeline.rowBounds(1);
        int x = (timeline.xOf(LocalDate.of(2026, 5, 6)) + timeline.xOf(LocalDate.of(2026, 5, 30))) / 2;
        assertThat(drawn.palette.getRGB(drawn.getPixel(x, second.y + second.height / 2))).isEqualTo(MarkState.MISSED.rgb());
        assertThat(drawn.palette.getRGB(drawn.getPixel(timeline.todayX(), second.y + 2))).as("today is a red line").isEqualTo(new RGB(255, 0, 0));

        timeline.select(0);
        key(timeline, SWT.ARROW_DOWN);
        assertThat(timeline.selection()).isEqualTo(1);
    }

    private static void key(Control control, int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        control.notifyListeners(SWT.KeyDown, event);
    }

    /** The control as it draws itself now. */
    private static ImageData drawn(Control control) {
        Rectangle size = control.getBounds();
        Image image = new Image(control.getDisplay(), size.width, size.height);
        GC gc = new GC(image);
        control.print(gc);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** The colour just inside the cell's left edge, half way down (clear of the centred day number and the rounded corners). */
    private static RGB colourIn(ImageData drawn, Rectangle cell) {
        return drawn.palette.getRGB(drawn.getPixel(cell.x + 3, cell.y + cell.height / 2));
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // draw
        }
    }
}
