package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;

/**
 * A failed checklist item raises a hazard (隐患) pre-filled with the asset, the item and what was found,
 * owned by the asset's responsible person, due for rectification after the settings' days; an item
 * raises one hazard however often it is asked.
 */
public final class Inspections {

    private Inspections() {
    }

    /** The failed items of the record that have no hazard yet. */
    public static List<CheckResult> failedWithoutHazard(SecurityLedger ledger, MaintenanceRecord record) {
        List<CheckResult> failed = new ArrayList<>();
        for (CheckResult result : record.getResults()) {
            if (result.getOutcome() == CheckOutcome.FAIL && hazardOf(ledger, record, result) == null) {
                failed.add(result);
            }
        }
        return failed;
    }

    /** The hazard the item raised, or null. */
    public static Hazard hazardOf(SecurityLedger ledger, MaintenanceRecord record, CheckResult result) {
        return ledger.getHazards().stream().filter(hazard -> hazard.getRaisedBy() == record && result.getItem() != null
                && result.getItem().equals(hazard.getCheckItem())).findFirst().orElse(null);
    }

    /** The hazard a failed item raises, not yet added. */
    public static Hazard hazardFor(MaintenanceRecord record, CheckResult result, int deadlineDays) {
        Hazard hazard = SecurityFactory.eINSTANCE.createHazard();
        LocalDate found = record.getDate();
        hazard.setFoundOn(found);
        hazard.setAsset(record.getAsset());
        hazard.setCheckItem(result.getItem());
        hazard.setRaisedBy(record);
        hazard.setDescription(NLS.bind(Messages.Inspection_hazardDescription, new Object[] { record.getAsset() == null ? "" : record.getAsset().getName(), //$NON-NLS-1$
                result.getItem(), result.getNote() == null ? "" : result.getNote() })); //$NON-NLS-1$
        hazard.setSource(HazardSource.SELF_CHECK);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setState(HazardState.PENDING);
        hazard.setOwner(record.getAsset() == null ? record.getPerformedBy() : record.getAsset().getResponsible());
        hazard.setDeadline(found == null ? null : found.plusDays(deadlineDays));
        return hazard;
    }

    /** One command adding a hazard per failed item not raised yet; null when there is none. */
    public static Command raiseHazards(EditingDomain domain, SecurityLedger ledger, MaintenanceRecord record, int deadlineDays) {
        List<Hazard> hazards = failedWithoutHazard(ledger, record).stream().map(result -> hazardFor(record, result, deadlineDays)).toList();
        if (hazards.isEmpty()) {
            return null;
        }
        AddCommand add = new AddCommand(domain, ledger, SecurityPackage.Literals.SECURITY_LEDGER__HAZARDS, hazards);
        add.setLabel(NLS.bind(Messages.Inspection_commandLabel, hazards.size()));
        return add;
    }
}
