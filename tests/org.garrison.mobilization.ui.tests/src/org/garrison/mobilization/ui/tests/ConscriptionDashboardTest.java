package org.garrison.mobilization.ui.tests;

import org.garrison.testing.ui.TableDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.TableDriver.typeIntoCell;

import java.time.LocalDate;

import org.garrison.internal.mobilization.ui.conscription.ConscriptionDashboard;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.table.RecordTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conscription dashboard on a hand-made campaign whose figures are counted by hand: quota 4,
 * 10 men turning eighteen, 6 registered, 5 sent to the physical exam and passing both checks,
 * 4 enlisted (2 at university, 1 graduate), 1 of them returned.
 */
class ConscriptionDashboardTest extends MobilizationUiTest {

    private static final int YEAR = 2030;

    @BeforeAll
    static void storeACampaign() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            District district = session.<District>loadRoots(CorePackage.Literals.DISTRICT).get(0);
            MobilizationLedger ledger = session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            if (ledger.getCampaigns().stream().anyMatch(c -> c.getYear() == YEAR)) {
                return;
            }
            ConscriptionCampaign campaign = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
            campaign.setYear(YEAR);
            campaign.setQuota(4);
            campaign.setMenTurningEighteen(10);
            ledger.getCampaigns().add(campaign);
            recruit(district, campaign, 1, RecruitStage.REGISTERED, RecruitEducation.SENIOR_HIGH);
            recruit(district, campaign, 2, RecruitStage.SELECTED, RecruitEducation.SENIOR_HIGH);
            recruit(district, campaign, 3, RecruitStage.ENLISTED, RecruitEducation.IN_COLLEGE);
            recruit(district, campaign, 4, RecruitStage.ENLISTED, RecruitEducation.IN_COLLEGE);
            recruit(district, campaign, 5, RecruitStage.ENLISTED, RecruitEducation.COLLEGE_GRADUATE);
            recruit(district, campaign, 6, RecruitStage.RETURNED, RecruitEducation.OTHER);
            session.commit();
        }
    }

    /** A recruit who went as far as the stage, with the date of every stage on the way. */
    private static void recruit(District district, ConscriptionCampaign campaign, int n, RecruitStage stage, RecruitEducation education) {
        Person person = org.garrison.model.core.CoreFactory.eINSTANCE.createPerson();
        person.setName("应征" + n);
        // the first four turn 18 in the campaign's year, the others are older (the graduate 21): only the four count for the registration rate
        person.setIdentityNumber(IdentityNumber.of("320102", LocalDate.of(n <= 4 ? YEAR - 18 : YEAR - 21, 1, n), 900 + n * 2 + 1));
        district.getPersons().add(person);
        Recruit recruit = MobilizationFactory.eINSTANCE.createRecruit();
        recruit.setPerson(person);
        recruit.setEducation(education);
        recruit.setStage(stage);
        recruit.setRegisteredOn(LocalDate.of(YEAR, 3, 1));
        int reached = stage == RecruitStage.RETURNED ? RecruitStage.ENLISTED_VALUE : stage.getValue();
        if (reached >= RecruitStage.PRELIMINARY_CHECK_VALUE) {
            recruit.setPreliminaryCheckOn(LocalDate.of(YEAR, 4, 1));
        }
        if (reached >= RecruitStage.PHYSICAL_EXAM_VALUE) {
            recruit.setPhysicalExamOn(LocalDate.of(YEAR, 5, 1));
            recruit.setPhysicalPassed(true);
        }
        if (reached >= RecruitStage.POLITICAL_REVIEW_VALUE) {
            recruit.setPoliticalReviewOn(LocalDate.of(YEAR, 6, 1));
            recruit.setPoliticalPassed(true);
        }
        if (reached >= RecruitStage.SELECTED_VALUE) {
            recruit.setSelectedOn(LocalDate.of(YEAR, 8, 1));
        }
        if (reached >= RecruitStage.ENLISTED_VALUE) {
            recruit.setEnlistedOn(LocalDate.of(YEAR, 9, 1));
        }
        if (stage == RecruitStage.RETURNED) {
            recruit.setReturnedOn(LocalDate.of(YEAR, 10, 1));
            recruit.setReturnReason("体检复查不合格");
        }
        campaign.getRecruits().add(recruit);
    }

    @Test
    void theFiveRatesAreShownAgainstTheirTargetsAndFollowAnEdit() throws Exception {
        command("org.garrison.mobilization.openConscription");
        ConscriptionDashboard dashboard = (ConscriptionDashboard) page().getActiveEditor();
        assertThat(dashboard.campaign().getYear()).isEqualTo(YEAR);
        assertThat(dashboard.getPartName()).isEqualTo("2030 年征兵工作");
        assertThat(dashboard.quotaText()).isEqualTo("征集任务 4 人，已入伍 4 人，完成 100.0%。");
        assertThat(dashboard.rateTexts()).containsExactly(
                "兵役登记率 40.0% ≥ 100.0% 未达标",
                "上站率 125.0% ≥ 200.0% 未达标",
                "双合格率 125.0% ≥ 120.0% 达标",
                "大学生比例 75.0% ≥ 40.0% 达标",
                "退兵率 25.0% ≤ 0.9% 未达标");
        assertThat(dashboard.funnelChart().getAxisSet().getXAxis(0).getCategorySeries())
                .containsExactly("报名", "初检", "体检", "政考", "定兵", "入伍", "退兵");
        assertThat(dashboard.funnelChart().getSeriesSet().getSeries()[0].getYSeries()).as("the funnel counts the stages")
                .containsExactly(6, 5, 5, 5, 5, 4, 1);

        RecordTable recruits = dashboard.recruits();
        int selected = recruits.shownRows().indexOf(recruits.shownRows().stream()
                .filter(r -> ((Recruit) r).getStage() == RecruitStage.SELECTED).findFirst().orElseThrow());
        typeIntoCell(recruits, selected, 8, YEAR + "-09-02");
        assertThat(dashboard.isDirty()).isTrue();
        assertThat(dashboard.quotaText()).isEqualTo("征集任务 4 人，已入伍 5 人，完成 125.0%。");
        assertThat(dashboard.rateTexts().get(4)).isEqualTo("退兵率 20.0% ≤ 0.9% 未达标");
        assertThat(dashboard.funnelChart().getSeriesSet().getSeries()[0].getYSeries()[5]).as("the chart follows the edit").isEqualTo(5);
        command("org.eclipse.ui.edit.undo");
        assertThat(dashboard.quotaText()).isEqualTo("征集任务 4 人，已入伍 4 人，完成 100.0%。");
        assertThat(dashboard.isDirty()).isFalse();
    }


}
