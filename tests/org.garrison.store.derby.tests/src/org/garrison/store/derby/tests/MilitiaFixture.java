package org.garrison.store.derby.tests;

import java.time.LocalDate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;
import org.garrison.store.StoreSession;

/**
 * A small district written by hand, so that the tests' expected counts are counted by hand:
 * <pre>
 *   东镇  东镇应急连 (EMERGENCY)  赵一 CORE 2025-03-01 veteran · 钱二 CORE 2026-02-10 · 孙三 ORDINARY 2026-05-20
 *   西镇  西镇民兵连 (ORDINARY)   李四 CORE 2026-07-01 · 周五 ORDINARY 2024-01-15 veteran · 吴六 CORE 2026-11-30
 * </pre>
 */
final class MilitiaFixture {

    final DerbyStore store;
    District district;
    OrgUnit east;
    OrgUnit west;
    MobilizationLedger ledger;

    private MilitiaFixture(DerbyStore store) {
        this.store = store;
    }

    /** The fixture committed to a new store that accepts every record (these tests are about storage, not validation). */
    static MilitiaFixture stored(String name) throws Exception {
        return storeInto(TestDatabases.freshStore(name, records -> new BasicDiagnostic()));
    }

    /** The fixture committed to the given store. */
    static MilitiaFixture storeInto(DerbyStore store) throws Exception {
        MilitiaFixture fixture = new MilitiaFixture(store);
        fixture.build();
        try (StoreSession session = fixture.store.openSession()) {
            session.add(fixture.district);
            session.add(fixture.ledger);
            session.commit();
        }
        return fixture;
    }

    private void build() {
        district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("示范区");
        east = town("东镇");
        west = town("西镇");
        ledger = MobilizationFactory.eINSTANCE.createMobilizationLedger();
        ledger.setDistrict(district);
        MilitiaUnit eastCompany = unit("东镇应急连", east, UnitRole.EMERGENCY);
        member(eastCompany, "赵一", MilitiaCategory.CORE, LocalDate.of(2025, 3, 1), true);
        member(eastCompany, "钱二", MilitiaCategory.CORE, LocalDate.of(2026, 2, 10), false);
        member(eastCompany, "孙三", MilitiaCategory.ORDINARY, LocalDate.of(2026, 5, 20), false);
        MilitiaUnit westCompany = unit("西镇民兵连", west, UnitRole.ORDINARY);
        member(westCompany, "李四", MilitiaCategory.CORE, LocalDate.of(2026, 7, 1), false);
        member(westCompany, "周五", MilitiaCategory.ORDINARY, LocalDate.of(2024, 1, 15), true);
        member(westCompany, "吴六", MilitiaCategory.CORE, LocalDate.of(2026, 11, 30), false);
    }

    private OrgUnit town(String name) {
        OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setName(name);
        town.setLevel(OrgUnitLevel.TOWN);
        district.getUnits().add(town);
        return town;
    }

    private MilitiaUnit unit(String name, OrgUnit town, UnitRole role) {
        MilitiaUnit unit = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        unit.setName(name);
        unit.setOrgUnit(town);
        unit.setType(UnitType.COMPANY);
        unit.setRole(role);
        ledger.getUnits().add(unit);
        return unit;
    }

    private void member(MilitiaUnit unit, String name, MilitiaCategory category, LocalDate joined, boolean veteran) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setOrgUnit(unit.getOrgUnit());
        district.getPersons().add(person);
        MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
        member.setPerson(person);
        member.setCategory(category);
        member.setJoinDate(joined);
        member.setVeteran(veteran);
        unit.getMembers().add(member);
    }
}
