package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.internal.mobilization.ui.standardization.BulletinDialog;
import org.garrison.internal.mobilization.ui.standardization.StandardizationBulletin;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin on a town made for it: four items, one met, one being rectified past its deadline,
 * one not started within its deadline and one at a village office not started and late — counted
 * by hand: 4 items, 1 met, 1 rectifying, 2 open, 2 overdue, 25.0% met.
 */
class StandardizationBulletinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String TOWN = "通报测试镇" + System.nanoTime() % 10_000;

    @TempDir
    Path folder;

    @BeforeAll
    static void storeItems() throws Exception {
        CompactDistrict.stored();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            District district = session.<District>loadRoots(CorePackage.Literals.DISTRICT).get(0);
            MobilizationLedger ledger = session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
            town.setName(TOWN);
            String code = String.format("320102%03d", System.nanoTime() % 1000);
            town.setCode(code);
            town.setLevel(OrgUnitLevel.TOWN);
            OrgUnit village = CoreFactory.eINSTANCE.createOrgUnit();
            village.setName(TOWN + "一村");
            village.setCode(code + "001");
            village.setLevel(OrgUnitLevel.VILLAGE);
            town.getChildren().add(village);
            district.getUnits().add(town);
            ledger.getStandardizationItems().add(item(town, "民兵编组", ItemStatus.MET, TODAY.minusDays(30)));
            ledger.getStandardizationItems().add(item(town, "武器库室", ItemStatus.RECTIFYING, TODAY.minusDays(1)));
            ledger.getStandardizationItems().add(item(town, "制度上墙", ItemStatus.OPEN, TODAY.plusDays(10)));
            ledger.getStandardizationItems().add(item(village, "营房整治", ItemStatus.OPEN, TODAY.minusDays(5)));
            session.commit();
        }
    }

    private static StandardizationItem item(OrgUnit office, String title, ItemStatus status, LocalDate deadline) {
        StandardizationItem item = MobilizationFactory.eINSTANCE.createStandardizationItem();
        item.setOrgUnit(office);
        item.setTitle(title);
        item.setStatus(status);
        item.setDeadline(deadline);
        if (status == ItemStatus.MET) {
            item.setClearedOn(deadline.minusDays(3));
        }
        return item;
    }

    @Test
    void aTownsItemsAreCountedAndExported() throws Exception {
        List<StandardizationBulletin.Line> lines;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            lines = StandardizationBulletin.compute(session, TODAY, "全区合计");
        }
        StandardizationBulletin.Line line = lines.stream().filter(l -> l.town().equals(TOWN)).findFirst().orElseThrow();
        assertThat(line).isEqualTo(new StandardizationBulletin.Line(TOWN, 4, 1, 1, 2, 2));
        assertThat(line.metShare()).isEqualTo(0.25);
        StandardizationBulletin.Line total = lines.get(lines.size() - 1);
        assertThat(total.town()).isEqualTo("全区合计");
        assertThat(total.items()).isEqualTo(lines.subList(0, lines.size() - 1).stream().mapToLong(StandardizationBulletin.Line::items).sum());

        Path file = folder.resolve("通报.xlsx");
        BulletinDialog.export(lines, file);
        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        assertThat(rows.get(0)).containsExactly("乡镇（街道）", "事项", "已达标", "整改中", "未启动", "逾期", "达标率");
        assertThat(rows).contains(List.of(TOWN, "4", "1", "1", "2", "2", "25.0%"));
        assertThat(rows).hasSize(lines.size() + 1);
    }
}
