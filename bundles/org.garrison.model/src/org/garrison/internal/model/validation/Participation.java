package org.garrison.internal.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;

/**
 * Who may take part in a militia activity on a day (a training batch, an emergency task, a
 * competition, a muster): someone of age (18 on that day, by the identity number) and, where the
 * roster is at hand (the mobilization ledger, or the memberships of the persons an editor lists, read on
 * their own), a serving member — joined on or before the day and not left before it.
 * Someone not on the roster at all (a cadre, an instructor from elsewhere) is not judged by it.
 */
final class Participation {

    private static final String MEMBERS = Participation.class.getName() + ".members"; //$NON-NLS-1$

    private Participation() {
    }

    static boolean eligible(EObject record, EStructuralFeature feature, Person person, LocalDate day, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (person == null || day == null || person.getBirthDate() == null) {
            return true;
        }
        int age = person.ageOn(day);
        if (age >= 0 && age < MobilizationConstraints.MINIMUM_AGE) {
            return Problems.error(record, feature, diagnostics, context, "activity.minor", person.getName(), day, age); //$NON-NLS-1$
        }
        List<MilitiaMember> memberships = members(record, context).get(person);
        if (memberships == null || memberships.isEmpty()) {
            return true;
        }
        for (MilitiaMember member : memberships) {
            if (member.getJoinDate() != null && member.activeOn(day)) {
                return true;
            }
        }
        MilitiaMember latest = memberships.get(memberships.size() - 1);
        if (latest.getJoinDate() != null && latest.getJoinDate().isAfter(day)) {
            return Problems.error(record, feature, diagnostics, context, "activity.notYetMember", person.getName(), day, latest.getJoinDate()); //$NON-NLS-1$
        }
        return Problems.error(record, feature, diagnostics, context, "activity.leftMember", person.getName(), day, latest.getLeaveDate()); //$NON-NLS-1$
    }

    /** The roster of the resource the record is in, by person; built once per validation. */
    @SuppressWarnings("unchecked")
    private static Map<Person, List<MilitiaMember>> members(EObject record, Map<Object, Object> context) {
        Resource resource = record.eResource();
        if (resource == null) {
            return Map.of();
        }
        Map<Resource, Map<Person, List<MilitiaMember>>> cache = context == null ? new HashMap<>()
                : (Map<Resource, Map<Person, List<MilitiaMember>>>) context.computeIfAbsent(MEMBERS, key -> new HashMap<>());
        return cache.computeIfAbsent(resource, Participation::roster);
    }

    private static Map<Person, List<MilitiaMember>> roster(Resource resource) {
        Map<Person, List<MilitiaMember>> members = new IdentityHashMap<>();
        // a copy: following a member's person may read it into the resource
        for (EObject root : List.copyOf(resource.getContents())) {
            if (root instanceof MobilizationLedger ledger) {
                for (MilitiaUnit unit : ledger.getUnits()) {
                    addUnit(unit, members);
                }
            } else if (root instanceof MilitiaMember member && member.getPerson() != null) {
                // a membership read on its own (an editor reads those of the persons it lists, not the whole roster)
                List<MilitiaMember> known = members.computeIfAbsent(member.getPerson(), person -> new ArrayList<>());
                if (!known.contains(member)) {
                    known.add(member);
                }
            }
        }
        return members;
    }

    private static void addUnit(MilitiaUnit unit, Map<Person, List<MilitiaMember>> members) {
        for (MilitiaMember member : unit.getMembers()) {
            if (member.getPerson() != null) {
                members.computeIfAbsent(member.getPerson(), person -> new ArrayList<>()).add(member);
            }
        }
        unit.getSubUnits().forEach(sub -> addUnit(sub, members));
    }
}
