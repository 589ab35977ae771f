package org.garrison.internal.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.sample.SampleSize;

/** One area of the sample district, built on the shared {@link SampleContext}. */
abstract class SampleArea {

    private final SampleContext context;
    protected final Random random;
    protected final SampleSize size;
    protected final int year;
    protected final LocalDate yearStart;
    protected final LocalDate yearEnd;
    /** The day the sample is written: what is dated later is planned at most, never held. */
    protected final LocalDate today;
    protected final District district;
    protected final List<OrgUnit> towns;
    protected final List<Person> staff;
    protected final List<MilitiaMember> coreMembers;

    protected SampleArea(SampleContext context) {
        this.context = context;
        this.random = context.random;
        this.size = context.size;
        this.year = context.year;
        this.yearStart = context.yearStart;
        this.yearEnd = context.yearEnd;
        this.today = context.today;
        this.district = context.district;
        this.towns = context.towns;
        this.staff = context.staff;
        this.coreMembers = context.coreMembers;
    }

    /** A member who may take part in a militia activity on the day: of age, joined by then, not left. */
    protected static boolean serving(MilitiaMember member, LocalDate day) {
        return member.getJoinDate() != null && !member.getJoinDate().isAfter(day) && (member.getLeaveDate() == null || member.getLeaveDate().isAfter(day))
                && member.getPerson() != null && member.getPerson().ageOn(day) >= 18;
    }

    /** Whether something dated on the day has happened by the day the sample is written. */
    protected boolean happened(LocalDate day) {
        return day != null && !day.isAfter(today);
    }

    protected Person person(int minimumAge, int maximumAge, boolean male) {
        return context.person(minimumAge, maximumAge, male);
    }

    protected <T> T pick(T[] values, int... weights) {
        return context.pick(values, weights);
    }
}
