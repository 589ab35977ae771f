package org.garrison.model.roster;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.garrison.model.core.OrgUnit;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;

/**
 * What the militia roster proves: the core members (基干民兵) serving on a day in the units of an
 * organizational unit and those under it. 编建 is this number; an organization task's "completed"
 * is checked against it (one source for one number).
 */
public final class Roster {

    private Roster() {
    }

    public static int coreMembersServing(MobilizationLedger ledger, OrgUnit scope, LocalDate day) {
        Set<OrgUnit> units = new HashSet<>();
        collect(scope, units);
        int[] count = new int[1];
        ledger.getUnits().forEach(unit -> count(unit, units, day, count));
        return count[0];
    }

    private static void collect(OrgUnit unit, Set<OrgUnit> into) {
        if (unit != null && into.add(unit)) {
            unit.getChildren().forEach(child -> collect(child, into));
        }
    }

    private static void count(MilitiaUnit unit, Set<OrgUnit> scope, LocalDate day, int[] count) {
        if (scope.contains(unit.getOrgUnit())) {
            for (MilitiaMember member : unit.getMembers()) {
                if (member.getCategory() == MilitiaCategory.CORE && member.getJoinDate() != null && member.activeOn(day)) {
                    count[0]++;
                }
            }
        }
        unit.getSubUnits().forEach(sub -> count(sub, scope, day, count));
    }
}
