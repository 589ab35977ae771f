package org.garrison.security.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.internal.security.DueWindow;
import org.garrison.internal.security.MaintenanceCompletion;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.model.core.Person;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.Test;

/**
 * Due days follow the records, counted by the database: a monthly plan last done on 12 May is due on
 * 12 June and overdue on the 13th; a category plan covers an asset added later; recording ten assets'
 * maintenance in one step gives ten records and ten new due days, and one undo takes them all back.
 */
class DuesAndCompletionTest {

    private static final LocalDate JUNE_12 = LocalDate.of(2026, 6, 12);

    @Test
    void aMonthlyPlanIsDueAMonthAfterItsLastRecordAndOverdueTheDayAfter() throws Exception {
        HandMadeSecurity district = new HandMadeSecurity();
        Store store = TestStores.fresh("security-dues");
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            SecurityLedger ledger = SecurityLedgers.read(session);
            List<MaintenanceDue> dues = MaintenanceDues.compute(session, ledger);
            MaintenanceDue locker = due(dues, "手机柜-1");
            assertThat(locker.last()).isEqualTo(LocalDate.of(2026, 5, 12));
            assertThat(locker.due()).isEqualTo(JUNE_12);
            assertThat(locker.window(JUNE_12)).isEqualTo(DueWindow.TODAY);
            assertThat(locker.window(LocalDate.of(2026, 6, 13))).isEqualTo(DueWindow.OVERDUE);
            assertThat(locker.window(LocalDate.of(2026, 6, 10))).isEqualTo(DueWindow.THIS_WEEK);
            assertThat(locker.window(LocalDate.of(2026, 6, 1))).isEqualTo(DueWindow.THIS_MONTH);
            assertThat(locker.window(LocalDate.of(2026, 5, 20))).isEqualTo(DueWindow.LATER);
            // the category plan: every extinguisher, each from its own last record
            assertThat(dues).filteredOn(due -> due.plan().getCategory() == AssetCategory.FIRE_EQUIPMENT).hasSize(12);
            assertThat(due(dues, "灭火器-01").due()).isEqualTo(JUNE_12);
            assertThat(due(dues, "灭火器-02").due()).isEqualTo(LocalDate.of(2026, 2, 10));
            // the database's answer is the one the records in memory give
            List<MaintenanceRecord> all = session.list(Query.of(SecurityPackage.Literals.MAINTENANCE_RECORD));
            assertThat(MaintenanceDues.compute(ledger, all)).extracting(MaintenanceDue::due).containsExactlyElementsOf(dues.stream().map(MaintenanceDue::due).toList());

            Asset added = district.security.createAsset();
            added.setName("灭火器-13");
            added.setCategory(AssetCategory.FIRE_EQUIPMENT);
            added.setStatus(org.garrison.model.security.AssetStatus.IN_USE);
            added.setCommissionedOn(LocalDate.of(2026, 3, 1));
            ledger.getAssets().add(added);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            List<MaintenanceDue> dues = MaintenanceDues.compute(session, SecurityLedgers.read(session));
            assertThat(dues).filteredOn(due -> due.plan().getCategory() == AssetCategory.FIRE_EQUIPMENT).hasSize(13);
            assertThat(due(dues, "灭火器-13").last()).isNull();
            assertThat(due(dues, "灭火器-13").due()).as("first due the day it was commissioned").isEqualTo(LocalDate.of(2026, 3, 1));
        }
        store.close();
    }

    @Test
    void tenAssetsAreRecordedInOneStepAndOneUndoTakesThemBack() throws Exception {
        HandMadeSecurity district = new HandMadeSecurity();
        Store store = TestStores.fresh("security-completion");
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
        LocalDate day = LocalDate.of(2026, 6, 15);
        try (StoreSession session = store.openSession()) {
            SecurityLedger ledger = SecurityLedgers.read(session);
            List<MaintenanceDue> chosen = MaintenanceDues.compute(session, ledger).stream()
                    .filter(due -> due.asset().getCategory() == AssetCategory.FIRE_EQUIPMENT && !due.asset().getName().equals("灭火器-01"))
                    .limit(10).toList();
            assertThat(chosen).hasSize(10).allSatisfy(due -> assertThat(due.window(day)).isEqualTo(DueWindow.OVERDUE));
            assertThat(MaintenanceCompletion.problem(chosen, day, day)).isNull();
            assertThat(MaintenanceCompletion.problem(chosen, day.plusDays(1), day)).contains("晚于今天");
            assertThat(MaintenanceCompletion.problem(List.of(), day, day)).contains("请先");

            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(), session.resourceSet());
            Person by = chosen.get(0).asset().getResponsible();
            List<MaintenanceRecord> records = MaintenanceCompletion.records(chosen, day, by, "更换压力表2只");
            Command step = MaintenanceCompletion.command(domain, session.resource(), records);
            domain.getCommandStack().execute(step);
            assertThat(session.resource().getContents()).containsAll(records);
            assertThat(records).allSatisfy(record -> {
                assertThat(record.getDate()).isEqualTo(day);
                assertThat(record.getPerformedBy()).isSameAs(by);
                assertThat(record.getResults()).hasSize(2);
            });
            assertThat(records).extracting(MaintenanceRecord::getAsset).doesNotHaveDuplicates();

            domain.getCommandStack().undo();
            assertThat(session.resource().getContents()).doesNotContainAnyElementsOf(records);
            assertThat(domain.getCommandStack().canUndo()).isFalse();
            domain.getCommandStack().redo();
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            List<MaintenanceDue> dues = MaintenanceDues.compute(session, SecurityLedgers.read(session));
            assertThat(dues).filteredOn(due -> day.equals(due.last())).hasSize(10)
                    .allSatisfy(due -> assertThat(due.due()).isEqualTo(LocalDate.of(2026, 7, 15)));
            assertThat(session.count(Query.of(SecurityPackage.Literals.MAINTENANCE_RECORD))).isEqualTo(14 + 10);
        }
        store.close();
    }

    private static MaintenanceDue due(List<MaintenanceDue> dues, String asset) {
        return dues.stream().filter(due -> due.asset().getName().equals(asset)).findFirst().orElseThrow();
    }
}
