package org.garrison.internal.model.derived;

import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;

/** Where an organization sits: the town or subdistrict it is, or belongs to. */
public final class OrgUnitDerived {

    private OrgUnitDerived() {
    }

    /** The organization itself when it is a town or subdistrict, else the nearest one above it; null for the district. */
    public static OrgUnit town(OrgUnit org) {
        for (OrgUnit at = org; at != null; at = at.getParent()) {
            if (at.getLevel() == OrgUnitLevel.TOWN || at.getLevel() == OrgUnitLevel.SUBDISTRICT) {
                return at;
            }
        }
        return null;
    }
}
