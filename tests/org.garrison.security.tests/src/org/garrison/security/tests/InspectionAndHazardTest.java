package org.garrison.security.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.garrison.internal.security.HazardWorkflow;
import org.garrison.internal.security.Inspections;
import org.garrison.internal.security.MaintenanceCompletion;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.internal.security.SecurityDues;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.validation.RecordValidation;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.Test;

/**
 * An inspection whose checklist has one failed item raises one hazard with the asset and the item;
 * the hazard is accepted only once rectified, and not by its rectifier; past its deadline it is in
 * 待办, and it leaves 待办 when rectified.
 */
class InspectionAndHazardTest {

    @Test
    void aFailedItemRaisesOneHazardThatIsAcceptedOnlyAfterRectificationAndNotByTheRectifier() throws Exception {
        HandMadeSecurity district = new HandMadeSecurity();
        LocalDate day = LocalDate.of(2026, 6, 12);
        MaintenanceRecord inspection = MaintenanceCompletion.record(MaintenanceDues.of(district.extinguishers.get(2), district.fire, district.maintenance),
                day, district.zhao, null);
        inspection.getResults().get(0).setOutcome(CheckOutcome.FAIL);
        assertThat(errors(inspection)).singleElement().asString().contains("压力").contains("不合格");
        inspection.getResults().get(0).setNote("压力表指针在红区");
        assertThat(errors(inspection)).isEmpty();
        district.maintenance.add(inspection);

        Command raise = Inspections.raiseHazards(district.domain, district.ledger, inspection, 15);
        district.domain.getCommandStack().execute(raise);
        assertThat(district.ledger.getHazards()).singleElement().satisfies(hazard -> {
            assertThat(hazard.getAsset()).isSameAs(district.extinguishers.get(2));
            assertThat(hazard.getCheckItem()).isEqualTo("压力");
            assertThat(hazard.getRaisedBy()).isSameAs(inspection);
            assertThat(hazard.getDescription()).contains("灭火器-03").contains("压力").contains("压力表指针在红区");
            assertThat(hazard.getFoundOn()).isEqualTo(day);
            assertThat(hazard.getDeadline()).isEqualTo(day.plusDays(15));
            assertThat(hazard.getOwner()).isSameAs(district.qian);
            assertThat(hazard.getState()).isEqualTo(HazardState.PENDING);
        });
        assertThat(Inspections.raiseHazards(district.domain, district.ledger, inspection, 15)).as("an item raises one hazard").isNull();
        Hazard hazard = district.ledger.getHazards().get(0);

        assertThatThrownBy(() -> HazardWorkflow.accept(district.domain, hazard, day.plusDays(3), district.sun))
                .isInstanceOf(HazardWorkflow.StepRefused.class).hasMessageContaining("尚未整改");
        district.domain.getCommandStack().execute(HazardWorkflow.startRectifying(district.domain, hazard));
        assertThatThrownBy(() -> HazardWorkflow.rectify(district.domain, hazard, day.minusDays(1), district.qian))
                .isInstanceOf(HazardWorkflow.StepRefused.class).hasMessageContaining("早于发现日期");
        district.domain.getCommandStack().execute(HazardWorkflow.rectify(district.domain, hazard, day.plusDays(2), district.qian));
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFIED);
        assertThatThrownBy(() -> HazardWorkflow.accept(district.domain, hazard, day.plusDays(3), district.qian))
                .isInstanceOf(HazardWorkflow.StepRefused.class).hasMessageContaining("钱二").hasMessageContaining("不能验收");
        district.domain.getCommandStack().execute(HazardWorkflow.accept(district.domain, hazard, day.plusDays(3), district.sun));
        assertThat(hazard.getState()).isEqualTo(HazardState.ACCEPTED);
        assertThat(hazard.getAcceptedBy()).isSameAs(district.sun);
        assertThat(errors(hazard)).isEmpty();
        // one undo per step: the acceptance goes, the rectification stays
        district.domain.getCommandStack().undo();
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFIED);
        assertThat(hazard.getAcceptedBy()).isNull();

        // the model refuses what the workflow refuses, whoever edits the fields
        hazard.setAcceptedOn(day.plusDays(4));
        hazard.setAcceptedBy(district.qian);
        hazard.setState(HazardState.ACCEPTED);
        assertThat(errors(hazard)).anySatisfy(error -> assertThat(error).contains("验收人").contains("不能是整改人"));
        hazard.setRectifiedOn(null);
        assertThat(errors(hazard)).anySatisfy(error -> assertThat(error).contains("整改完成日期"));
    }

    @Test
    void aHazardPastItsDeadlineIsInTheRemindersUntilRectified() throws Exception {
        HandMadeSecurity district = new HandMadeSecurity();
        district.hazard("配电箱门锁损坏", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10));
        Store store = TestStores.fresh("security-reminders");
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
        LocalDate today = LocalDate.of(2026, 6, 15);
        try (StoreSession session = store.openSession()) {
            SecurityLedger ledger = SecurityLedgers.read(session);
            List<SecurityDues.Due> dues = SecurityDues.of(ledger, session, today, 30, Locale.CHINA);
            assertThat(dues).filteredOn(due -> due.record() instanceof Hazard).singleElement()
                    .satisfies(due -> {
                        assertThat(due.text()).contains("配电箱门锁损坏").contains("逾期");
                        assertThat(due.overdue(today)).isTrue();
                    });
            // every asset's maintenance is overdue too: eleven extinguishers since 10 February, 灭火器-01 and the locker since 12 June
            assertThat(dues).filteredOn(due -> due.text().contains("已逾期")).hasSize(13);
            Hazard hazard = ledger.getHazards().get(0);
            Command rectify = HazardWorkflow.rectify(district.domain, hazard, today, hazard.getOwner());
            rectify.execute();
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            assertThat(SecurityDues.of(SecurityLedgers.read(session), session, today, 30, Locale.CHINA)).noneMatch(due -> due.record() instanceof Hazard);
        }
        store.close();
    }

    private static List<String> errors(org.eclipse.emf.ecore.EObject record) {
        return RecordValidation.validate(record, Locale.CHINA, LocalDate.of(2026, 12, 31)).getChildren().stream()
                .filter(diagnostic -> diagnostic.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }
}
