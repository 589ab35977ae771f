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
 * a town or the district, as .xlsx or .csv.
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

    /** Writes the roll; answers how many rows (persons, movements, roll-call entries) it holds. */
    public static int write(Roll roll, List<MobilizationLedger> ledgers, RollScope scope, int year, Path file, Locale locale) throws IOException {
        return switch (roll) {
        case MEMBERS -> {
            List<MilitiaMember> members = RosterRoll.members(ledgers, scope);
            RosterRoll.write(members, file, locale);
            yield members.size();
        }
        case MOVEMENTS -> movements(ledgers, scope, year, file);
        case MUSTERS -> musters(ledgers, scope, year, file);
        };
    }

    /** A row per member who joined, and per member who left, in the year, in the order of the day. */
    private static int movements(List<MobilizationLedger> ledgers, RollScope scope, int year, Path file) throws IOException {
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
        try (TableWriter writer = TableFiles.write(file, Messages.Roll_movements)) {
            writer.row(List.of(Messages.Roll_number, Messages.Roll_day, Messages.Roll_kind, Messages.Roll_name, Messages.Roll_identity, Messages.Roll_unit,
                    Messages.Roll_town));
            int number = 0;
            for (Movement movement : movements) {
                Person person = movement.member().getPerson();
                writer.row(List.of(++number, movement.day().toString(), movement.kind(), person.getName(), person.getIdentityNumber(),
                        movement.member().getUnit().getName(), nonNull(RosterRoll.townOf(movement.member().getUnit().getOrgUnit()))));
            }
        }
        return movements.size();
    }

    /** A row per person called at each muster of the year in which a unit of the scope took part. */
    private static int musters(List<MobilizationLedger> ledgers, RollScope scope, int year, Path file) throws IOException {
        Set<MilitiaUnit> units = new HashSet<>(scope.units(ledgers));
        List<Muster> musters = new ArrayList<>();
        for (MobilizationLedger ledger : ledgers) {
            ledger.getMusters().stream().filter(muster -> muster.getDate() != null && muster.getDate().getYear() == year)
                    .filter(muster -> muster.getUnits().stream().anyMatch(units::contains)).forEach(musters::add);
        }
        musters.sort(Comparator.comparing(Muster::getDate));
        int rows = 0;
        try (TableWriter writer = TableFiles.write(file, Messages.Roll_musters)) {
            writer.row(List.of(Messages.Roll_number, Messages.Roll_day, Messages.Roll_unit, Messages.Roll_name, Messages.Roll_identity, Messages.Roll_present,
                    Messages.Roll_reason));
            for (Muster muster : musters) {
                for (RollCallEntry entry : muster.getRollCall()) {
                    MilitiaMember member = entry.getMember();
                    if (member == null || !units.contains(member.getUnit())) {
                        continue;
                    }
                    writer.row(List.of(++rows, muster.getDate().toString(), member.getUnit().getName(), member.getPerson().getName(),
                            member.getPerson().getIdentityNumber(), entry.isPresent() ? Messages.Roll_yes : Messages.Roll_no, nonNull(entry.getReason())));
                }
            }
        }
        return rows;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
