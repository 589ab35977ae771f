package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * What the security area reminds of (待办): maintenance due this week and overdue, hazards past their
 * deadline, in a quarter's last month the quarterly activities not held yet, vehicles' annual
 * inspection and insurance and linked units' inspections due within the notice days or past.
 */
public final class SecurityDues {

    /** Something due on a day, about a record; overdue once the day has passed. */
    public record Due(EObject record, String text, LocalDate due) {
        public boolean overdue(LocalDate today) {
            return due.isBefore(today);
        }
    }

    private SecurityDues() {
    }

    public static List<Due> of(SecurityLedger ledger, StoreSession session, LocalDate today, int noticeDays, Locale locale) throws StoreException {
        List<Due> dues = new ArrayList<>();
        for (MaintenanceDue due : MaintenanceDues.compute(session, ledger)) {
            DueWindow window = due.window(today);
            if (window == DueWindow.OVERDUE || window == DueWindow.TODAY || window == DueWindow.THIS_WEEK) {
                dues.add(new Due(due.asset(), NLS.bind(window == DueWindow.OVERDUE ? Messages.Due_maintenanceOverdue : Messages.Due_maintenance,
                        new Object[] { due.asset().getName(), due.plan().getDescription(), SecurityTexts.date(due.due()) }), due.due()));
            }
        }
        for (Hazard hazard : ledger.getHazards()) {
            if (hazard.overdueOn(today)) {
                dues.add(new Due(hazard, NLS.bind(Messages.Due_hazardOverdue, hazard.getDescription(), SecurityTexts.date(hazard.getDeadline())), hazard.getDeadline()));
            }
        }
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        if (today.getMonthValue() % 3 == 0) {
            LocalDate quarterEnd = LocalDate.of(today.getYear(), quarter * 3, 1).plusMonths(1).minusDays(1);
            for (SafetyActivityKind kind : new ActivityMatrix(ledger, today.getYear(), today).openThisQuarter()) {
                dues.add(new Due(ledger, NLS.bind(Messages.Due_activity, SecurityTexts.label(kind, locale), quarter), quarterEnd));
            }
        }
        for (Asset asset : ledger.getAssets()) {
            if (asset.getCategory() != AssetCategory.VEHICLE || asset.getStatus() == AssetStatus.SCRAPPED) {
                continue;
            }
            vehicleDue(dues, asset, asset.getInspectionDue(), Messages.Due_inspection, today, noticeDays);
            vehicleDue(dues, asset, asset.getInsuranceDue(), Messages.Due_insurance, today, noticeDays);
        }
        for (LinkedUnit unit : ledger.getLinkedUnits()) {
            LocalDate next = nextInspection(unit);
            if (next != null && !next.isAfter(today.plusDays(noticeDays))) {
                dues.add(new Due(unit, NLS.bind(Messages.Due_linkedUnit, unit.getName(), SecurityTexts.date(next)), next));
            }
        }
        dues.sort(Comparator.comparing(Due::due));
        return dues;
    }

    private static void vehicleDue(List<Due> dues, Asset vehicle, LocalDate day, String text, LocalDate today, int noticeDays) {
        if (day != null && !day.isAfter(today.plusDays(noticeDays))) {
            dues.add(new Due(vehicle, NLS.bind(text, vehicle.getName(), SecurityTexts.date(day)), day));
        }
    }

    /** A linked unit's next inspection: the last one plus its interval in months; null when never inspected. */
    public static LocalDate nextInspection(LinkedUnit unit) {
        return unit.getLastInspection() == null ? null : unit.getLastInspection().plusMonths(Math.max(1, unit.getInspectionMonths()));
    }
}
