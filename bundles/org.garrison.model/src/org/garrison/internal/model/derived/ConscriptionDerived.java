package org.garrison.internal.model.derived;

import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitMeasure;

/** The conscription counts and rates (五率), computed from the campaign's Recruit records. */
public final class ConscriptionDerived {

    private ConscriptionDerived() {
    }

    public static int count(ConscriptionCampaign campaign, RecruitMeasure measure) {
        return switch (measure) {
            case REGISTERED -> campaign.getRecruits().size();
            case REGISTERED_TURNING_EIGHTEEN -> count(campaign, r -> turningEighteen(r, campaign.getYear()));
            case MEN_TURNING_EIGHTEEN -> campaign.getMenTurningEighteen();
            case QUOTA -> campaign.getQuota();
            case SENT_TO_PHYSICAL_EXAM -> count(campaign, r -> r.getPhysicalExamOn() != null);
            case PASSED_PHYSICAL_AND_POLITICAL -> count(campaign, r -> r.isPhysicalPassed() && r.isPoliticalPassed());
            case ENLISTED -> count(campaign, r -> r.getEnlistedOn() != null);
            case COLLEGE -> count(campaign, r -> r.getEnlistedOn() != null && isCollege(r));
            case RETURNED -> count(campaign, r -> r.getReturnedOn() != null);
        };
    }

    /** numerator ÷ denominator, or NaN when the denominator is zero (the figure is missing). */
    public static double value(ConscriptionIndicator indicator, ConscriptionCampaign campaign) {
        int denominator = count(campaign, indicator.getDenominator());
        return denominator == 0 ? Double.NaN : (double) count(campaign, indicator.getNumerator()) / denominator;
    }

    public static boolean met(ConscriptionIndicator indicator, ConscriptionCampaign campaign) {
        double value = value(indicator, campaign);
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (indicator.getDirection()) {
            case AT_LEAST -> value >= indicator.getTarget();
            case AT_MOST -> value <= indicator.getTarget();
        };
    }

    /**
     * A man whose eighteenth birthday falls in the campaign's year, as his identity number says: the
     * registrants the registration rate counts (registrants of other ages do not, domain.md).
     */
    public static boolean turningEighteen(Recruit recruit, int year) {
        org.garrison.model.core.Person person = recruit.getPerson();
        return person != null && person.getSex() == org.garrison.model.core.Sex.MALE && person.getBirthDate() != null
                && person.getBirthDate().getYear() == year - 18;
    }

    private static boolean isCollege(Recruit recruit) {
        return recruit.getEducation() == RecruitEducation.IN_COLLEGE || recruit.getEducation() == RecruitEducation.COLLEGE_GRADUATE;
    }

    private static int count(ConscriptionCampaign campaign, java.util.function.Predicate<Recruit> test) {
        return (int) campaign.getRecruits().stream().filter(test).count();
    }
}
