package org.garrison.internal.mobilization;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/**
 * The three rolls a militia unit keeps (domain: 人员花名册, 出入转队花名册, 集结点验登记册), for a unit,
 * a town or the district, as .xlsx or .csv, or as the printed form (.docx).
 */
public final class UnitRolls {

    /** Which roll. */
    public enum Roll {
        /** 人员花名册: the serving members. */
        MEMBERS,
        /** 出入转队花名册: who joined and who left in the year. */
        MOVEMENTS,
        /** 集结点验登记册: each muster of the year, person by person. */
        MUSTERS
    }

    private UnitRolls() {
    }

    /** A roll as rows under headers, written as a workbook (.xlsx, .csv) or a printed form (.docx). */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {

        /** Writes the table; a .docx is the printed form, titled, with the scope and year above the table. */
        public void write(Path file, List<String[]> fields) throws IOException {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) { //$NON-NLS-1$
                List<List<String>> texts = rows.stream().map(row -> row.stream().map(value -> value == null ? "" : value.toString()).toList()).toList(); //$NON-NLS-1$
                org.garrison.report.OfficialForm.titled(title).fields(fields).table(headers, texts).writeDocx(file);
                return;
            }
            try (TableWriter writer = TableFiles.write(file, title)) {
                writer.row(headers);
                for (List<Object> row : rows) {
                    writer.row(row);
                }
            }
        }
    }

    /** Writes the roll as .xlsx, .csv or .docx; answers how many rows (persons, movements, roll-call entries) it holds. */
    public static int write(Roll roll, List<MobilizationLedger> ledgers, RollScope scope, int year, Path file, Locale locale) throws IOException {
        Table table = switch (roll) {
        case MEMBERS -> RosterRoll.table(RosterRoll.members(ledgers, scope), locale);
        case MOVEMENTS -> movements(ledgers, scope, year);
        case MUSTERS -> musters(ledgers, scope, year);
        };
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { Messages.Roll_scope, scope.unit() != null ? scope.unit() : scope.town() != null ? scope.town() : Messages.Roll_district });
        if (roll != Roll.MEMBERS) {
            fields.add(new String[] { Messages.Roll_year, String.valueOf(year) });
        }
        fields.add(new String[] { Messages.Roll_count, String.valueOf(table.rows().size()) });
        table.write(file, fields);
        return table.rows().size();
    }

    /** A row per member who joined, and per member who left, in the year, in the order of the day. */
    private static Table movements(List<MobilizationLedger> ledgers, RollScope scope, int year) {
        record Movement(LocalDate day, String kind, MilitiaMember member) {
        }
        List<Movement> movements = new ArrayList<>();
        for (MilitiaUnit unit : scope.units(ledgers)) {
            for (MilitiaMember member : unit.getMembers()) {
                if (member.getJoinDate() != null && member.getJoinDate().getYear() == year) {
                    movements.add(new Movement(member.getJoinDate(), Messages.Roll_joined, member));
                }
                if (member.getLeaveDate() != null && member.getLeaveDate().getYear() == year) {
                    movements.add(new Movement(member.getLeaveDate(), Messages.Roll_left, member));
                }
            }
        }
        movements.sort(Comparator.comparing(Movement::day).thenComparing(movement -> movement.member().getPerson().getName()));
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (Movement movement : movements) {
            Person person = movement.member().getPerson();
            rows.add(List.of(++number, movement.day().toString(), movement.kind(), person.getName(), person.getIdentityNumber(),
                    RosterImport.unitPath(movement.member().getUnit()), nonNull(RosterRoll.townOf(movement.member().getUnit().getOrgUnit()))));
        }
        return new Table(Messages.Roll_movements, List.of(Messages.Roll_number, Messages.Roll_day, Messages.Roll_kind, Messages.Roll_name,
                Messages.Roll_identity, Messages.Roll_unit, Messages.Roll_town), rows);
    }

    /** A row per person called at each muster of the year in which a unit of the scope took part. */
    private static Table musters(List<MobilizationLedger> ledgers, RollScope scope, int year) {
        Set<MilitiaUnit> units = new HashSet<>(scope.units(ledgers));
        List<Muster> musters = new ArrayList<>();
        for (MobilizationLedger ledger : ledgers) {
            ledger.getMusters().stream().filter(muster -> muster.getDate() != null && muster.getDate().getYear() == year)
                    .filter(muster -> muster.getUnits().stream().anyMatch(units::contains)).forEach(musters::add);
        }
        musters.sort(Comparator.comparing(Muster::getDate));
        List<List<Object>> rows = new ArrayList<>();
        for (Muster muster : musters) {
            for (RollCallEntry entry : muster.getRollCall()) {
                MilitiaMember member = entry.getMember();
                if (member != null && units.contains(member.getUnit())) {
                    rows.add(List.of(rows.size() + 1, muster.getDate().toString(), RosterImport.unitPath(member.getUnit()), member.getPerson().getName(),
                            member.getPerson().getIdentityNumber(), entry.isPresent() ? Messages.Roll_yes : Messages.Roll_no, nonNull(entry.getReason())));
                }
            }
        }
        return new Table(Messages.Roll_musters, List.of(Messages.Roll_number, Messages.Roll_day, Messages.Roll_unit, Messages.Roll_name,
                Messages.Roll_identity, Messages.Roll_present, Messages.Roll_reason), rows);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
