package org.garrison.model.conscription;

import java.util.List;

import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.TargetDirection;

/**
 * The conscription rates (征兵"五率") as configuration: each is a numerator and a denominator
 * counted from the Recruit records, a target and a direction. A province with other rules edits
 * these records; no code changes.
 */
public final class ConscriptionIndicators {

    private ConscriptionIndicators() {
    }

    /** Whether the recruit is a man turning 18 in the year: who the registration rate counts. */
    public static boolean turningEighteen(org.garrison.model.mobilization.Recruit recruit, int year) {
        return org.garrison.internal.model.derived.ConscriptionDerived.turningEighteen(recruit, year);
    }

    /** The defaults seen in public provincial assessments (domain.md). */
    public static List<ConscriptionIndicator> defaults() {
        return List.of(
                indicator("兵役登记率", "Military service registration rate", RecruitMeasure.REGISTERED_TURNING_EIGHTEEN, RecruitMeasure.MEN_TURNING_EIGHTEEN, 1.0, TargetDirection.AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$
                indicator("上站率", "Physical exam turnout", RecruitMeasure.SENT_TO_PHYSICAL_EXAM, RecruitMeasure.QUOTA, 2.0, TargetDirection.AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$
                indicator("双合格率", "Double qualification rate", RecruitMeasure.PASSED_PHYSICAL_AND_POLITICAL, RecruitMeasure.QUOTA, 1.2, TargetDirection.AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$
                indicator("大学生比例", "College share", RecruitMeasure.COLLEGE, RecruitMeasure.ENLISTED, 0.4, TargetDirection.AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$
                indicator("退兵率", "Return rate", RecruitMeasure.RETURNED, RecruitMeasure.ENLISTED, 0.009, TargetDirection.AT_MOST)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static ConscriptionIndicator indicator(String name, String nameEn, RecruitMeasure numerator, RecruitMeasure denominator,
            double target, TargetDirection direction) {
        ConscriptionIndicator indicator = MobilizationFactory.eINSTANCE.createConscriptionIndicator();
        indicator.setName(name);
        indicator.setNameEn(nameEn);
        indicator.setNumerator(numerator);
        indicator.setDenominator(denominator);
        indicator.setTarget(target);
        indicator.setDirection(direction);
        return indicator;
    }
}
