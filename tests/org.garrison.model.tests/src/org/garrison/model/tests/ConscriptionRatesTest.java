package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.garrison.model.conscription.ConscriptionIndicators;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.RecruitStage;
import org.junit.jupiter.api.Test;

/**
 * The five conscription rates on a small hand-made campaign, against values computed by hand:
 * quota 10, 50 men turning 18, 40 registered, 25 sent to the physical exam, 14 passed both the
 * physical and the political review, 10 enlisted (3 college students, 2 graduates), 1 returned.
 */
class ConscriptionRatesTest {

    private final ConscriptionCampaign campaign = campaign();

    @Test
    void countsComeFromTheRecruitRecords() {
        assertThat(campaign.count(RecruitMeasure.REGISTERED)).isEqualTo(40);
        assertThat(campaign.count(RecruitMeasure.REGISTERED_TURNING_EIGHTEEN)).as("men born in 2008 only").isEqualTo(30);
        assertThat(campaign.count(RecruitMeasure.SENT_TO_PHYSICAL_EXAM)).isEqualTo(25);
        assertThat(campaign.count(RecruitMeasure.PASSED_PHYSICAL_AND_POLITICAL)).isEqualTo(14);
        assertThat(campaign.count(RecruitMeasure.ENLISTED)).isEqualTo(10);
        assertThat(campaign.count(RecruitMeasure.COLLEGE)).isEqualTo(5);
        assertThat(campaign.count(RecruitMeasure.RETURNED)).isEqualTo(1);
    }

    @Test
    void fiveRatesEqualHandComputedValues() {
        List<ConscriptionIndicator> rates = ConscriptionIndicators.defaults();
        assertThat(rates).extracting(ConscriptionIndicator::getName).containsExactly("兵役登记率", "上站率", "双合格率", "大学生比例", "退兵率");
        // 30 of the 40 registrants are men turning 18: the registration rate is 30/50, not 40/50
        double[] expected = { 30 / 50.0, 25 / 10.0, 14 / 10.0, 5 / 10.0, 1 / 10.0 };
        boolean[] met = { false, true, true, true, false };
        for (int i = 0; i < rates.size(); i++) {
            assertThat(rates.get(i).valueFor(campaign)).as(rates.get(i).getName()).isCloseTo(expected[i], within(1e-9));
            assertThat(rates.get(i).metBy(campaign)).as(rates.get(i).getName() + " met").isEqualTo(met[i]);
        }
    }

    @Test
    void aRateWithoutDenominatorIsMissingNotZero() {
        ConscriptionCampaign empty = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
        ConscriptionIndicator collegeShare = ConscriptionIndicators.defaults().get(3);
        assertThat(collegeShare.valueFor(empty)).isNaN();
        assertThat(collegeShare.metBy(empty)).isFalse();
    }

    @Test
    void aProvinceChangesConfigurationNotCode() {
        ConscriptionIndicator stricter = ConscriptionIndicators.defaults().get(3);
        stricter.setTarget(0.6);
        assertThat(stricter.metBy(campaign)).isFalse();
        stricter.setDenominator(RecruitMeasure.QUOTA);
        assertThat(stricter.valueFor(campaign)).isCloseTo(0.5, within(1e-9));
    }

    private static ConscriptionCampaign campaign() {
        ConscriptionCampaign campaign = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
        campaign.setYear(2026);
        campaign.setQuota(10);
        campaign.setMenTurningEighteen(50);
        for (int i = 0; i < 40; i++) {
            Recruit recruit = MobilizationFactory.eINSTANCE.createRecruit();
            // 30 men born in 2008 (turning 18), 6 men born in 2005, 4 women born in 2008
            org.garrison.model.core.Person person = org.garrison.model.core.CoreFactory.eINSTANCE.createPerson();
            person.setName("应征" + i);
            boolean man = i < 36;
            person.setIdentityNumber(org.garrison.model.identity.IdentityNumber.of("330102", LocalDate.of(i >= 30 && i < 36 ? 2005 : 2008, 5, 1 + i % 28),
                    man ? 2 * i + 1 : 2 * i));
            recruit.setPerson(person);
            recruit.setRegisteredOn(LocalDate.of(2026, 3, 1));
            recruit.setStage(RecruitStage.REGISTERED);
            recruit.setEducation(RecruitEducation.SENIOR_HIGH);
            if (i < 25) {
                recruit.setPhysicalExamOn(LocalDate.of(2026, 4, 1));
                recruit.setStage(RecruitStage.PHYSICAL_EXAM);
            }
            if (i < 14) {
                recruit.setPhysicalPassed(true);
                recruit.setPoliticalPassed(true);
                recruit.setStage(RecruitStage.POLITICAL_REVIEW);
            }
            if (i < 10) {
                recruit.setEnlistedOn(LocalDate.of(2026, 9, 1));
                recruit.setStage(RecruitStage.ENLISTED);
                recruit.setEducation(i < 3 ? RecruitEducation.IN_COLLEGE : i < 5 ? RecruitEducation.COLLEGE_GRADUATE : RecruitEducation.SENIOR_HIGH);
            }
            if (i == 9) {
                recruit.setReturnedOn(LocalDate.of(2026, 10, 15));
                recruit.setStage(RecruitStage.RETURNED);
            }
            campaign.getRecruits().add(recruit);
        }
        return campaign;
    }
}
