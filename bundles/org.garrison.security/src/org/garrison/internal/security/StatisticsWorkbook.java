package org.garrison.internal.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/** The security statistics as one .xlsx sheet, section after section as the editor shows them; shares as numbers 0–1. */
public final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    public static void write(SecurityStatistics statistics, Path file, Locale locale) throws IOException {
        try (TableWriter sheet = TableFiles.write(file, Messages.Statistics_sheet)) {
            sheet.row(List.of(NLS.bind(Messages.Statistics_title, statistics.year(), SecurityTexts.date(statistics.asOf()))));
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_maintenance, statistics.maintenance().size()));
            sheet.row(List.of(Messages.Statistics_onTime, statistics.onTime(), Double.isNaN(statistics.onTimeShare()) ? "" : statistics.onTimeShare())); //$NON-NLS-1$
            sheet.row(List.of(Messages.Statistics_overdue, statistics.overdue().size()));
            sheet.row(List.of(Messages.Statistics_hazardsFound, statistics.hazards().size()));
            sheet.row(List.of(Messages.Statistics_hazardsRectified, statistics.hazardsRectified()));
            sheet.row(List.of(Messages.Statistics_hazardsAccepted, statistics.hazardsAccepted()));
            sheet.row(List.of(Messages.Statistics_hazardsOverdue, statistics.hazardsOverdue()));
            sheet.row(List.of(Messages.Statistics_drills, statistics.drills()));
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_month, Messages.Statistics_found, Messages.Statistics_rectified, Messages.Statistics_accepted,
                    Messages.Statistics_overdueHazards));
            for (SecurityStatistics.HazardMonth month : statistics.hazardMonths()) {
                sheet.row(List.of(SecurityTexts.month(month.month()), month.found(), month.rectified(), month.accepted(), month.overdue()));
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_activity, SecurityTexts.quarter(1), SecurityTexts.quarter(2), SecurityTexts.quarter(3), SecurityTexts.quarter(4)));
            for (SafetyActivityKind kind : SafetyActivityKind.VALUES) {
                List<Object> row = new ArrayList<>(List.of(SecurityTexts.label(kind, locale)));
                for (int quarter = 1; quarter <= 4; quarter++) {
                    row.add(SecurityTexts.cell(statistics.activities().cell(kind, quarter)));
                }
                sheet.row(row);
            }
        }
    }
}
