package org.garrison.internal.report.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;

/** The scopes a report can have: the district (id 0), or one town or subdistrict by its stored id. */
record ReportScopes(List<Long> ids, List<String> names) {

    static ReportScopes read(StoreSession session) throws StoreException {
        List<Long> ids = new ArrayList<>(List.of(0L));
        List<String> names = new ArrayList<>(List.of(Messages.Options_district));
        CorePackage core = CorePackage.eINSTANCE;
        for (OrgUnit town : session.<OrgUnit>list(Query.of(core.getOrgUnit())
                .where(Condition.in(core.getOrgUnit_Level(), List.of(OrgUnitLevel.TOWN, OrgUnitLevel.SUBDISTRICT)))
                .orderBy(core.getOrgUnit_Name(), true))) {
            ids.add(session.idOf(town).orElse(0));
            names.add(town.getName());
        }
        return new ReportScopes(ids, names);
    }

    /** The scope's unit in the session, or null for the district. */
    static OrgUnit unit(StoreSession session, long id) throws StoreException {
        return id == 0 ? null : (OrgUnit) session.find(id);
    }

    /** The year a report is usually written for: this year from October on, else last year. */
    static int defaultYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
    }
}
