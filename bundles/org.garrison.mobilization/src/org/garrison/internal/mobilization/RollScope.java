package org.garrison.internal.mobilization;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;

/** Whose roll: one unit (with its sub-units), the units of a town, or the whole district. */
public record RollScope(String town, String unit) {

    public static RollScope district() {
        return new RollScope(null, null);
    }

    /** The units of the town; the whole district when the name is null. */
    public static RollScope town(String name) {
        return new RollScope(name, null);
    }

    /** The unit of that label ({@link RosterImport#unitLabel}) or name, with its sub-units. */
    public static RollScope unit(String labelOrName) {
        return new RollScope(null, labelOrName);
    }

    /** The units in the scope, every level. */
    public List<MilitiaUnit> units(List<MobilizationLedger> ledgers) {
        List<MilitiaUnit> units = new ArrayList<>();
        for (MobilizationLedger ledger : ledgers) {
            ledger.getUnits().forEach(each -> collect(each, false, units));
        }
        return units;
    }

    private void collect(MilitiaUnit each, boolean inside, List<MilitiaUnit> units) {
        boolean in = inside || unit == null && (town == null || town.equals(RosterRoll.townOf(each.getOrgUnit())))
                || unit != null && (unit.equals(RosterImport.unitLabel(each)) || unit.equals(each.getName()));
        if (in) {
            units.add(each);
        }
        each.getSubUnits().forEach(sub -> collect(sub, in && unit != null, units));
    }

    /** Whether the scope holds no unit at all (a town or unit misnamed). */
    public boolean isEmpty(List<MobilizationLedger> ledgers) {
        return units(ledgers).isEmpty();
    }
}
