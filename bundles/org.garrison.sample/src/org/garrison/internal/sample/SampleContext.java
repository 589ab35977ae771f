package org.garrison.internal.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Education;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.core.PoliticalStatus;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.sample.SampleSize;

/**
 * What the areas of a sample district share: the seeded random source, the year, the district with
 * its towns and persons, the department's staff and the core militia. Every choice comes from the one
 * {@link Random}, so a seed and a size always give the same district.
 */
final class SampleContext {

    private static final String DISTRICT_CODE = "320102";
    private static final String[] BIRTH_AREAS = { "320102", "320104", "320111", "321282", "341122", "320281" };

    final Random random;
    final SampleSize size;
    final int year;
    final LocalDate yearStart;
    final LocalDate yearEnd;
    /** The day the sample is written: nothing after it has happened yet. */
    final LocalDate today;
    final District district;
    final List<OrgUnit> towns = new ArrayList<>();
    final List<Person> staff = new ArrayList<>();
    final List<MilitiaMember> coreMembers = new ArrayList<>();

    private final Set<String> usedIdentityNumbers = new HashSet<>();
    private final CoreFactory core = CoreFactory.eINSTANCE;

    SampleContext(long seed, SampleSize size, LocalDate today) {
        this.random = new Random(seed);
        this.size = size;
        this.year = today.getYear();
        this.yearStart = LocalDate.of(year, 1, 1);
        this.yearEnd = LocalDate.of(year, 12, 31);
        this.today = today;
        this.district = core.createDistrict();
        district.setCode(DISTRICT_CODE);
        district.setName("示范区");
    }


    void buildOrgUnits() {
        int villagesPerTown = size == SampleSize.TINY ? 2 : 8;
        for (int t = 0; t < size.towns(); t++) {
            boolean isTown = t % 3 == 2;
            OrgUnit town = orgUnit(DISTRICT_CODE + String.format("%03d", t + 1), SampleNames.TOWNS[t % SampleNames.TOWNS.length]
                    + (isTown ? "镇" : "街道"), isTown ? OrgUnitLevel.TOWN : OrgUnitLevel.SUBDISTRICT);
            district.getUnits().add(town);
            towns.add(town);
            Set<String> names = new HashSet<>();
            for (int v = 0; v < villagesPerTown; v++) {
                String name;
                do {
                    name = SampleNames.place(random);
                } while (!names.add(name));
                town.getChildren().add(orgUnit(town.getCode() + String.format("%03d", v + 1), name + (isTown ? "村" : "社区"),
                        isTown ? OrgUnitLevel.VILLAGE : OrgUnitLevel.COMMUNITY));
            }
        }
    }

    private OrgUnit orgUnit(String code, String name, OrgUnitLevel level) {
        OrgUnit unit = core.createOrgUnit();
        unit.setCode(code);
        unit.setName(name);
        unit.setLevel(level);
        return unit;
    }

    /**
     * A person of at least the minimum age on the day the sample is written and at most the maximum age on
     * the year's last day (so that nobody ages out of a limit while the year runs on), with a unique valid
     * identity number.
     */
    Person person(int minimumAge, int maximumAge, boolean male) {
        LocalDate latest = today.minusYears(minimumAge);
        LocalDate earliest = yearEnd.minusYears(maximumAge + 1L).plusDays(1);
        String number;
        do {
            LocalDate birth = earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            number = IdentityNumber.of(BIRTH_AREAS[random.nextInt(BIRTH_AREAS.length)], birth, sequence);
        } while (!usedIdentityNumbers.add(number));
        Person person = core.createPerson();
        person.setName(SampleNames.person(random, male));
        person.setIdentityNumber(number);
        person.setEthnicity(random.nextInt(20) == 0 ? "回族" : "汉族");
        person.setPoliticalStatus(pick(PoliticalStatus.values(), 3, 1, 4, 0, 6));
        person.setEducation(pick(Education.values(), 0, 3, 4, 2, 4, 4, 1, 0));
        person.setHouseholdRegistration("江苏省南京市");
        person.setPhone("13" + (100_000_000 + random.nextInt(900_000_000)));
        person.setOrgUnit(towns.isEmpty() ? null : towns.get(random.nextInt(towns.size())));
        district.getPersons().add(person);
        return person;
    }



    /** One of the values, chosen with the given weights. */
    <T> T pick(T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
