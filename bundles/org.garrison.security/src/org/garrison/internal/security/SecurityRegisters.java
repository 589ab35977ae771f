package org.garrison.internal.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.report.OfficialForm;

/** The registers the office keeps on paper, as Word forms: 安全检查记录 and 隐患整改台账. */
public final class SecurityRegisters {

    private SecurityRegisters() {
    }

    /** 安全检查记录: the year's maintenance and inspection records with their checklist results. */
    public static void writeInspections(List<MaintenanceRecord> records, int year, Path file, Locale locale) throws IOException {
        List<String> headers = List.of(Messages.Register_number, Messages.Register_date, Messages.Register_asset, Messages.Register_work,
                Messages.Register_by, Messages.Register_results, Messages.Register_findings);
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (MaintenanceRecord record : records) {
            rows.add(List.of(String.valueOf(number++), SecurityTexts.date(record.getDate()), record.getAsset() == null ? "" : record.getAsset().getName(), //$NON-NLS-1$
                    text(record.getWork()), name(record.getPerformedBy()), results(record, locale), text(record.getFindings())));
        }
        List<String[]> fields = List.<String[]> of(new String[] { Messages.Register_year, String.valueOf(year) },
                new String[] { Messages.Register_count, String.valueOf(records.size()) });
        OfficialForm.titled(NLS.bind(Messages.Register_inspectionsTitle, year)).fields(fields).table(headers, rows).writeDocx(file);
    }

    /** 隐患整改台账: every hazard with its rectification and acceptance. */
    public static void writeHazards(List<Hazard> hazards, int year, Path file, Locale locale) throws IOException {
        List<String> headers = List.of(Messages.Register_number, Messages.Register_foundOn, Messages.Register_source, Messages.Register_asset,
                Messages.Register_hazard, Messages.Register_severity, Messages.Register_owner, Messages.Register_deadline, Messages.Register_measures,
                Messages.Register_rectified, Messages.Register_accepted, Messages.Register_state);
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Hazard hazard : hazards) {
            rows.add(List.of(String.valueOf(number++), SecurityTexts.date(hazard.getFoundOn()), SecurityTexts.label(hazard.getSource(), locale),
                    hazard.getAsset() == null ? "" : hazard.getAsset().getName(), text(hazard.getDescription()), //$NON-NLS-1$
                    SecurityTexts.label(hazard.getSeverity(), locale), name(hazard.getOwner()), SecurityTexts.date(hazard.getDeadline()),
                    text(hazard.getMeasures()), step(hazard.getRectifiedOn(), hazard.getRectifiedBy()), step(hazard.getAcceptedOn(), hazard.getAcceptedBy()),
                    SecurityTexts.label(hazard.getState(), locale)));
        }
        long open = hazards.stream().filter(hazard -> hazard.getRectifiedOn() == null).count();
        List<String[]> fields = List.<String[]> of(new String[] { Messages.Register_year, String.valueOf(year) },
                new String[] { Messages.Register_count, String.valueOf(hazards.size()) }, new String[] { Messages.Register_open, String.valueOf(open) });
        OfficialForm.titled(NLS.bind(Messages.Register_hazardsTitle, year)).fields(fields).table(headers, rows).writeDocx(file);
    }

    private static String results(MaintenanceRecord record, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (CheckResult result : record.getResults()) {
            String part = result.getItem() + " " + SecurityTexts.label(result.getOutcome(), locale); //$NON-NLS-1$
            parts.add(result.getOutcome() == CheckOutcome.FAIL && result.getNote() != null ? part + "（" + result.getNote() + "）" : part); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.join(Messages.Texts_listSeparator, parts);
    }

    private static String step(java.time.LocalDate day, Person by) {
        return day == null ? "" : (SecurityTexts.date(day) + (by == null ? "" : " " + by.getName())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String name(Person person) {
        return person == null ? "" : person.getName(); //$NON-NLS-1$
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
