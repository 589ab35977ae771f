package org.garrison.internal.mobilization.ui.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.core.CorePackage.Literals;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.ui.table.RecordColumn;

/** The roster's columns: the fields of a militia member that domain.md's roster lists. */
public final class RosterColumns {

    private RosterColumns() {
    }

    public static List<RecordColumn> of(ComposedAdapterFactory items, LocalDate today) {
        return List.of(
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__NAME).width(80),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__IDENTITY_NUMBER).width(170),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__SEX).width(50),
                RecordColumn.computed(Messages.Roster_age, row -> age(((MilitiaMember) row).getPerson(), today)).width(50),
                RecordColumn.computed(Messages.Roster_town, row -> town((MilitiaMember) row)).width(110),
                RecordColumn.computed(Messages.Roster_orgUnit, row -> orgUnit((MilitiaMember) row)).width(120),
                RecordColumn.computed(unitHeader(items), row -> ((MilitiaMember) row).getUnit()).width(150),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY).width(60),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__POLITICAL_STATUS).width(90),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__EDUCATION).width(80),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE).width(95),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__POSITION).width(80),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN).width(70),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__SPECIALTY).width(90),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__TRAINED).width(60),
                RecordColumn.path(items, MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, Literals.PERSON__PHONE).width(110));
    }

    private static String unitHeader(ComposedAdapterFactory items) {
        return RecordColumn.nameOf(items, MobilizationPackage.Literals.MILITIA_MEMBER, MobilizationPackage.Literals.MILITIA_MEMBER__UNIT);
    }

    static Integer age(Person person, LocalDate today) {
        LocalDate born = person == null ? null : person.getBirthDate();
        return born == null ? null : Period.between(born, today).getYears();
    }

    /** The town or subdistrict the member's unit belongs to. */
    static String town(MilitiaMember member) {
        MilitiaUnit unit = member.getUnit();
        for (OrgUnit org = unit == null ? null : unit.getOrgUnit(); org != null; org = org.getParent()) {
            if (org.getLevel() == OrgUnitLevel.TOWN || org.getLevel() == OrgUnitLevel.SUBDISTRICT) {
                return org.getName();
            }
        }
        return null;
    }

    private static String orgUnit(MilitiaMember member) {
        MilitiaUnit unit = member.getUnit();
        return unit == null || unit.getOrgUnit() == null ? null : unit.getOrgUnit().getName();
    }

    static EObject personOf(EObject row) {
        return ((MilitiaMember) row).getPerson();
    }
}
