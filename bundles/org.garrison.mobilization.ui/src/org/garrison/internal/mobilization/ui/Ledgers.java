package org.garrison.internal.mobilization.ui;

import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Reads the mobilization ledgers into a session, the district first: its persons are then in the
 * session when members refer to them, so that 100,000 members do not cost 100,000 lookups.
 */
public final class Ledgers {

    private Ledgers() {
    }

    public static List<MobilizationLedger> read(StoreSession session) throws StoreException {
        session.loadRoots(CorePackage.Literals.DISTRICT);
        return session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
    }

    /** Every unit of the ledgers, each followed by its sub-units. */
    public static List<MilitiaUnit> units(List<MobilizationLedger> ledgers) {
        List<MilitiaUnit> units = new java.util.ArrayList<>();
        ledgers.forEach(ledger -> ledger.getUnits().forEach(unit -> addTree(unit, units)));
        return units;
    }

    private static void addTree(MilitiaUnit unit, List<MilitiaUnit> into) {
        into.add(unit);
        unit.getSubUnits().forEach(sub -> addTree(sub, into));
    }
}
