package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityFactory;

/**
 * Records the maintenance of one or many dues in one step: each asset gets a record of its own (the
 * day, who did it, the notes, every checklist item passed unless said otherwise), and with it its next
 * due day. One command: one undo brings all back.
 */
public final class MaintenanceCompletion {

    private MaintenanceCompletion() {
    }

    /** The records the command adds, one per due, not yet added. */
    public static List<MaintenanceRecord> records(List<MaintenanceDue> dues, LocalDate day, Person by, String notes) {
        List<MaintenanceRecord> records = new ArrayList<>();
        for (MaintenanceDue due : dues) {
            records.add(record(due, day, by, notes));
        }
        return records;
    }

    /** A record of the due's plan for its asset on the day, its checklist filled in as passed. */
    public static MaintenanceRecord record(MaintenanceDue due, LocalDate day, Person by, String notes) {
        MaintenanceRecord record = SecurityFactory.eINSTANCE.createMaintenanceRecord();
        record.setAsset(due.asset());
        record.setPlan(due.plan());
        record.setDate(day);
        record.setPerformedBy(by);
        record.setWork(due.plan().getDescription());
        record.setFindings(notes == null || notes.isBlank() ? null : notes.strip());
        for (ChecklistItem item : due.plan().getChecklist()) {
            CheckResult result = SecurityFactory.eINSTANCE.createCheckResult();
            result.setItem(item.getText());
            result.setOutcome(CheckOutcome.PASS);
            record.getResults().add(result);
        }
        return record;
    }

    /** One command adding the records to the session's resource (they are records of their own). */
    public static Command command(EditingDomain domain, Resource resource, List<MaintenanceRecord> records) {
        AddCommand add = new AddCommand(domain, resource.getContents(), records);
        add.setLabel(NLS.bind(Messages.Completion_commandLabel, records.size()));
        return add;
    }

    /** Why the step cannot be taken, or null: nothing chosen, no day, a day in the future or before an asset's last record. */
    public static String problem(List<MaintenanceDue> dues, LocalDate day, LocalDate today) {
        if (dues.isEmpty()) {
            return Messages.Completion_nothingChosen;
        }
        if (day == null) {
            return Messages.Completion_noDay;
        }
        if (day.isAfter(today)) {
            return NLS.bind(Messages.Completion_future, SecurityTexts.date(day));
        }
        for (MaintenanceDue due : dues) {
            if (due.last() != null && day.isBefore(due.last())) {
                return NLS.bind(Messages.Completion_beforeLast, new Object[] { due.asset().getName(), SecurityTexts.date(due.last()), SecurityTexts.date(day) });
            }
        }
        return null;
    }
}
