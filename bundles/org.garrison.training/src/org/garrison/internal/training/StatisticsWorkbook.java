package org.garrison.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.training.InstructorLevel;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/** The training statistics as one .xlsx sheet, section after section as the editor shows them; rates as numbers 0–1. */
public final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    public static void write(TrainingStatistics statistics, Path file, Locale locale) throws IOException {
        try (TableWriter sheet = TableFiles.write(file, Messages.Statistics_sheet)) {
            sheet.row(List.of(NLS.bind(Messages.Statistics_title, statistics.year(), TrainingTexts.date(statistics.asOf()))));
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_batches, statistics.batches().size()));
            sheet.row(List.of(Messages.Statistics_places, statistics.places()));
            sheet.row(List.of(Messages.Statistics_persons, statistics.persons()));
            sheet.row(List.of(Messages.Statistics_coverage, statistics.coverage().trained(), statistics.coverage().core(), statistics.coverage().share()));
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_subject, Messages.Statistics_assessed, Messages.Statistics_passed, Messages.Statistics_passRate));
            for (TrainingStatistics.SubjectRow row : statistics.subjects()) {
                sheet.row(List.of(row.subject(), row.assessed(), row.passed(), row.passRate()));
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_town, Messages.Statistics_core, Messages.Statistics_trained, Messages.Statistics_share));
            for (TrainingCoverage.TownRow town : statistics.coverage().towns()) {
                sheet.row(List.of(town.town() == null ? "" : town.town().getName(), town.core(), town.trained(), town.share())); //$NON-NLS-1$
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_instructorLevel, Messages.Statistics_instructors));
            for (Map.Entry<InstructorLevel, Integer> level : statistics.instructorsByLevel().entrySet()) {
                sheet.row(List.of(TrainingTexts.label(level.getKey(), locale), level.getValue()));
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_level, Messages.Statistics_event, Messages.Statistics_best, Messages.Statistics_who));
            for (TrainingStatistics.Placing placing : statistics.placings()) {
                sheet.row(List.of(TrainingTexts.label(placing.level(), locale), placing.event(), placing.best(), placing.who()));
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_taskKind, Messages.Statistics_tasks, Messages.Statistics_dispatchedPersons, Messages.Statistics_dispatchedPlaces));
            for (TrainingStatistics.Deployment deployment : statistics.deployments()) {
                sheet.row(List.of(TrainingTexts.label(deployment.kind(), locale), deployment.tasks(), deployment.persons(), deployment.places()));
            }
        }
    }
}
