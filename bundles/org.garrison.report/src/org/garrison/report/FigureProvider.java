package org.garrison.report;

import java.util.List;

/**
 * Contributes figures to the catalogue through {@code org.garrison.report.figures}:
 * {@code <provider class="…"/>}. A department plug-in implements it for the figures of its records.
 */
public interface FigureProvider {

    List<Figure> figures();
}
