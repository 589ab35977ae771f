package org.garrison.ui.charts;

import org.eclipse.swt.graphics.RGB;

/** One series of a chart: its name (in the legend and tooltips), a value per category, its colour (null: the palette's). */
public record ChartSeries(String name, double[] values, RGB color) {

    public ChartSeries(String name, double[] values) {
        this(name, values, null);
    }
}
