package org.garrison.internal.mobilization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;

/**
 * 人员花名册: the serving members of a unit, a town or the district, one a row, under the headers
 * the import recognises, so that a town's roll can be corrected and imported again.
 */
public final class RosterRoll {

    private RosterRoll() {
    }

    /** The serving members of the ledgers' units in the town (every town when null), in the order of town, unit and name. */
    public static List<MilitiaMember> members(List<MobilizationLedger> ledgers, String town) {
        return members(ledgers, RollScope.town(town));
    }

    /** The serving members of the units in the scope, in the order of town, unit and name. */
    public static List<MilitiaMember> members(List<MobilizationLedger> ledgers, RollScope scope) {
        List<MilitiaMember> members = new ArrayList<>();
        for (MilitiaUnit unit : scope.units(ledgers)) {
            unit.getMembers().stream().filter(member -> member.getLeaveDate() == null).forEach(members::add);
        }
        members.sort(Comparator.comparing((MilitiaMember member) -> RosterImport.unitLabel(member.getUnit()))
                .thenComparing(member -> member.getPerson().getName()));
        return members;
    }

    /** The town (subdistrict) the organization is, or belongs to; null above the towns. */
    public static String townOf(OrgUnit org) {
        return org == null || org.getTown() == null ? null : org.getTown().getName();
    }

    private static String villageOf(OrgUnit org) {
        return org == null || org.getLevel() == OrgUnitLevel.TOWN || org.getLevel() == OrgUnitLevel.SUBDISTRICT || org.getLevel() == OrgUnitLevel.DISTRICT
                ? "" : org.getName(); //$NON-NLS-1$
    }

    /** The roll's columns, under the headers the import recognises. */
    private static final ImportField[] COLUMNS = { ImportField.TOWN, ImportField.ORG_UNIT, ImportField.UNIT, ImportField.NAME, ImportField.SEX,
            ImportField.BIRTH_DATE, ImportField.IDENTITY_NUMBER, ImportField.ETHNICITY, ImportField.POLITICAL_STATUS, ImportField.EDUCATION,
            ImportField.CATEGORY, ImportField.POSITION, ImportField.JOIN_DATE, ImportField.VETERAN, ImportField.EMPLOYER, ImportField.PHONE };

    /** The roll as a table: 序号 and the members' fields. */
    public static UnitRolls.Table table(List<MilitiaMember> members, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(Messages.Roll_number);
        for (ImportField column : COLUMNS) {
            header.add(column.label(locale));
        }
        List<List<Object>> rows = new ArrayList<>(members.size());
        int number = 0;
        for (MilitiaMember member : members) {
            List<Object> row = new ArrayList<>();
            row.add(++number);
            Person person = member.getPerson();
            for (ImportField column : COLUMNS) {
                row.add(switch (column) {
                case TOWN -> townOf(member.getUnit().getOrgUnit());
                case ORG_UNIT -> villageOf(member.getUnit().getOrgUnit());
                case UNIT -> RosterImport.unitPath(member.getUnit());
                default -> text((column.ofPerson() ? person : member).eGet(column.feature()), locale);
                });
            }
            rows.add(row);
        }
        return new UnitRolls.Table(Messages.Roll_members, header, rows);
    }

    /** Writes the roll as .xlsx or .csv. */
    public static void write(List<MilitiaMember> members, Path file, Locale locale) throws IOException {
        table(members, locale).write(file, List.of());
    }

    private static String text(Object value, Locale locale) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Enumerator enumerator) {
            return ModelLabels.of(enumerator, locale);
        }
        if (value instanceof Boolean yes) {
            return yes ? Messages.Roll_yes : Messages.Roll_no;
        }
        return value.toString();
    }
}
