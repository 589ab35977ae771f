package org.garrison.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was written: the files, every figure's value, the figures the text printed, and notes for the
 * user (a font that stood in for a missing one).
 */
public record ReportResult(List<Path> files, Map<String, FigureValue> values, Set<String> printedFigures, List<String> notes) {
}
