package org.garrison.internal.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.StudyKind;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/**
 * The statistics as one .xlsx sheet, section after section as the view shows them: sessions per
 * kind and month, attendance per person, make-ups, regimes, reading. Counts are numbers, rates
 * are numbers between 0 and 1, so the sheet can be summed and charted again.
 */
public final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    public static void write(StudyStatistics statistics, Path file, Locale locale) throws IOException {
        try (TableWriter sheet = TableFiles.write(file, Messages.Statistics_sheet)) {
            sheet.row(List.of(NLS.bind(Messages.Statistics_title, new Object[] { StudyTexts.date(statistics.from()), StudyTexts.date(statistics.to()),
                    statistics.group() == null ? Messages.Statistics_everyone : statistics.group().getName(), StudyTexts.date(statistics.today()) })));
            sheet.row(List.of());
            List<Object> header = new ArrayList<>(List.of(Messages.Statistics_kind));
            statistics.months().forEach(month -> header.add(NLS.bind(Messages.Statistics_month, month.getYear(), month.getMonthValue())));
            header.add(Messages.Statistics_total);
            sheet.row(header);
            for (StudyKind kind : StudyKind.VALUES) {
                List<Object> row = new ArrayList<>(List.of(StudyTexts.label(kind, locale)));
                for (YearMonth month : statistics.months()) {
                    row.add(statistics.sessions(kind, month));
                }
                row.add(statistics.sessions(kind));
                sheet.row(row);
            }
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_person, Messages.Statistics_expected, Messages.Statistics_present, Messages.Statistics_absent,
                    Messages.Statistics_rate));
            for (PersonAttendance person : statistics.attendance()) {
                sheet.row(List.of(person.person().getName(), person.expected(), person.present(), person.absent(), rate(person.rate())));
            }
            sheet.row(List.of(Messages.Statistics_overall, statistics.expected(), statistics.present(), statistics.expected() - statistics.present(),
                    rate(statistics.attendanceRate())));
            sheet.row(List.of(Messages.Statistics_target, "", "", "", StudySettings.ATTENDANCE_TARGET)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            sheet.row(List.of());
            MakeUpTally makeUps = statistics.makeUps();
            sheet.row(List.of(Messages.Statistics_makeUpsOwed, Messages.Statistics_makeUpsDone, Messages.Statistics_makeUpsOpen,
                    Messages.Statistics_makeUpsOverdue));
            sheet.row(List.of(makeUps.owed(), makeUps.done(), makeUps.open(), makeUps.overdue()));
            sheet.row(List.of());
            sheet.row(List.of(Messages.Statistics_regime, Messages.Statistics_held, Messages.Statistics_missed, Messages.Statistics_excused,
                    Messages.Statistics_compliance));
            for (StudyStatistics.RegimeCompliance regime : statistics.regimes()) {
                Compliance compliance = regime.compliance();
                sheet.row(List.of(regime.regime().getName(), compliance.held(), compliance.missed(), compliance.excused(), rate(compliance.rate())));
            }
            sheet.row(List.of());
            ReadingMatrix reading = statistics.reading();
            List<Object> books = new ArrayList<>(List.of(Messages.Statistics_person));
            reading.items().forEach(item -> books.add(item.getTitle()));
            books.add(NLS.bind(Messages.Statistics_booksRead, reading.target()));
            sheet.row(books);
            for (Person person : reading.persons()) {
                List<Object> row = new ArrayList<>(List.of(person.getName()));
                for (ReadingItem item : reading.items()) {
                    row.add(reading.share(person, item));
                }
                row.add(reading.booksRead(person));
                sheet.row(row);
            }
        }
    }

    /** An empty cell rather than NaN where nothing was counted. */
    private static Object rate(double rate) {
        return Double.isNaN(rate) ? "" : rate; //$NON-NLS-1$
    }
}
