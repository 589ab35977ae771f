package org.garrison.ui.charts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICircularSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.garrison.internal.ui.Messages;

/**
 * The one way areas draw charts (SWTChart): bar, stacked bar, line and pie charts over named
 * categories, with Chinese titles, a tooltip per value under the mouse and 导出图片 (PNG) in the
 * context menu. Dashboards build a chart here and give it new values with {@link #update}.
 */
public final class Charts {

    public enum Kind {
        BAR, STACKED_BAR, LINE, PIE
    }

    private static final RGB[] PALETTE = { new RGB(0x1E, 0x88, 0xE5), new RGB(0x43, 0xA0, 0x47), new RGB(0xFB, 0x8C, 0x00),
            new RGB(0xE5, 0x39, 0x35), new RGB(0x8E, 0x24, 0xAA), new RGB(0x00, 0x89, 0x7B), new RGB(0x6D, 0x4C, 0x41) };

    private Charts() {
    }

    /** A new chart of the kind, with its title and values. */
    public static Chart create(Composite parent, Kind kind, String title, String[] categories, List<ChartSeries> series) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setData(Kind.class.getName(), kind);
        chart.getTitle().setText(title);
        chart.getLegend().setPosition(SWT.BOTTOM);
        update(chart, categories, series);
        exportMenu(chart);
        tooltips(chart);
        return chart;
    }

    /** Shows new values (the same kind of chart). */
    public static void update(Chart chart, String[] categories, List<ChartSeries> series) {
        Kind kind = (Kind) chart.getData(Kind.class.getName());
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        chart.setData(String[].class.getName(), categories);
        chart.setData(List.class.getName(), List.copyOf(series));
        if (kind == Kind.PIE) {
            ChartSeries only = series.get(0);
            ICircularSeries<?> pie = (ICircularSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.PIE, only.name());
            pie.setSeries(categories, only.values());
            for (int i = 0; i < categories.length; i++) {
                pie.setColor(categories[i], color(chart, PALETTE[i % PALETTE.length]));
            }
        } else {
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setVisible(false);
            chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
            x.enableCategory(true);
            x.setCategorySeries(categories);
            for (int i = 0; i < series.size(); i++) {
                ChartSeries one = series.get(i);
                Color color = color(chart, one.color() != null ? one.color() : PALETTE[i % PALETTE.length]);
                if (kind == Kind.LINE) {
                    ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, one.name());
                    line.setYSeries(one.values());
                    line.setLineColor(color);
                    line.setSymbolColor(color);
                } else {
                    IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, one.name());
                    bar.setYSeries(one.values());
                    bar.setBarColor(color);
                    bar.enableStack(kind == Kind.STACKED_BAR);
                }
            }
            chart.getAxisSet().adjustRange();
        }
        chart.redraw();
    }

    /** Colours live as long as their chart. */
    private static Color color(Chart chart, RGB rgb) {
        Color color = new Color(chart.getDisplay(), rgb);
        chart.addDisposeListener(event -> color.dispose());
        return color;
    }

    /** Writes the chart as it is drawn to a PNG file. */
    public static void exportPng(Chart chart, Path file) {
        chart.save(file.toString(), SWT.IMAGE_PNG);
    }

    private static void exportMenu(Chart chart) {
        MenuManager menu = new MenuManager();
        menu.add(new Action(Messages.Charts_export) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
                dialog.setText(Messages.Charts_export);
                dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
                dialog.setFileName(chart.getTitle().getText() + ".png"); //$NON-NLS-1$
                dialog.setOverwrite(true);
                String target = dialog.open();
                if (target != null) {
                    try {
                        exportPng(chart, Path.of(target));
                    } catch (RuntimeException e) {
                        MessageDialog.openError(chart.getShell(), Messages.Charts_export, NLS.bind(Messages.Charts_exportFailed, target, e.getMessage()));
                    }
                }
            }
        });
        for (Control control : new Control[] { chart, chart.getPlotArea().getControl() }) {
            control.setMenu(menu.createContextMenu(control));
        }
        chart.addDisposeListener(event -> menu.dispose());
    }

    /** The category and value under the mouse, for every series. */
    private static void tooltips(Chart chart) {
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseHover, event -> plot.setToolTipText(tooltip(chart, event.x)));
    }

    /** What the tooltip says at x of the plot area: the category and each series' value there. */
    public static String tooltip(Chart chart, int x) {
        String[] categories = (String[]) chart.getData(String[].class.getName());
        @SuppressWarnings("unchecked")
        List<ChartSeries> series = (List<ChartSeries>) chart.getData(List.class.getName());
        if (categories == null || categories.length == 0 || chart.getData(Kind.class.getName()) == Kind.PIE) {
            return pieTooltip(categories, series);
        }
        int index = (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(x));
        if (index < 0 || index >= categories.length) {
            return null;
        }
        StringBuilder text = new StringBuilder(categories[index]);
        for (ChartSeries one : series) {
            text.append('\n').append(one.name()).append(Messages.Editor_colon).append(format(one.values()[index]));
        }
        return text.toString();
    }

    private static String pieTooltip(String[] categories, List<ChartSeries> series) {
        if (categories == null || series == null || series.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(series.get(0).name());
        for (int i = 0; i < categories.length; i++) {
            text.append('\n').append(categories[i]).append(Messages.Editor_colon).append(format(series.get(0).values()[i]));
        }
        return text.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value); //$NON-NLS-1$
    }
}
