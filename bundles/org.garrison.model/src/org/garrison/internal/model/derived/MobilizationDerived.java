package org.garrison.internal.model.derived;

import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;

/** Values of the mobilization area computed from the records. */
public final class MobilizationDerived {

    private MobilizationDerived() {
    }

    /** Members still in the unit and its sub-units; of one category, or all when it is null. */
    public static int memberCount(MilitiaUnit unit, MilitiaCategory category) {
        int count = 0;
        for (MilitiaMember member : unit.getMembers()) {
            if (member.getLeaveDate() == null && (category == null || member.getCategory() == category)) {
                count++;
            }
        }
        for (MilitiaUnit sub : unit.getSubUnits()) {
            count += memberCount(sub, category);
        }
        return count;
    }

    /** Share of the monthly meetings attended, 0 when none is recorded. */
    public static double meetingAttendanceRate(ArmedCadre cadre) {
        if (cadre.getMeetings().isEmpty()) {
            return 0.0;
        }
        long attended = cadre.getMeetings().stream().filter(CadreMeeting::isAttended).count();
        return (double) attended / cadre.getMeetings().size();
    }
}
