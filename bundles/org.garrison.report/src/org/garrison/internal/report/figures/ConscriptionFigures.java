package org.garrison.internal.report.figures;

import static org.garrison.internal.report.figures.BuiltInFigures.TEXTS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.model.conscription.ConscriptionIndicators;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.TargetDirection;
import org.garrison.report.Figure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureProvider;
import org.garrison.report.QueryFigure;
import org.garrison.report.ShareFigure;
import org.garrison.store.StoreException;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * Section 二.三's conscription: recruits of the year's campaign as the conscription dashboard counts
 * them (ConscriptionDerived), university students and graduates with their shares, and the five
 * rates (五率) against the ledger's configured targets, else the defaults.
 */
public final class ConscriptionFigures implements FigureProvider {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;
    private static final CorePackage C = CorePackage.eINSTANCE;
    private static final String AREA = "mobilization"; //$NON-NLS-1$
    private static final FeaturePath RECRUITS = FeaturePath.of(M.getConscriptionCampaign_Recruits());
    private static final FeaturePath RECRUIT_UNIT = FeaturePath.of(M.getConscriptionCampaign_Recruits(), M.getRecruit_Person(), C.getPerson_OrgUnit());
    /** Identity numbers with an odd 17th digit are men's (GB 11643). */
    private static final Condition MAN = Condition.any(man('1'), man('3'), man('5'), man('7'), man('9'));

    @Override
    public List<Figure> figures() {
        Map<RecruitMeasure, Figure> measures = new EnumMap<>(RecruitMeasure.class);
        measures.put(RecruitMeasure.QUOTA, campaignSum("conscription.quota", M.getConscriptionCampaign_Quota())); //$NON-NLS-1$
        measures.put(RecruitMeasure.MEN_TURNING_EIGHTEEN, campaignSum("conscription.menTurningEighteen", M.getConscriptionCampaign_MenTurningEighteen())); //$NON-NLS-1$
        measures.put(RecruitMeasure.REGISTERED, recruits("conscription.registered")); //$NON-NLS-1$
        measures.put(RecruitMeasure.REGISTERED_TURNING_EIGHTEEN, QueryFigure.builder("conscription.registeredTurningEighteen", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> campaignsOfYear(context).where(turningEighteen(context.year()))).elements(RECRUITS).scope(RECRUIT_UNIT).build());
        measures.put(RecruitMeasure.SENT_TO_PHYSICAL_EXAM, recruits("conscription.sentToPhysicalExam", notNull(M.getRecruit_PhysicalExamOn()))); //$NON-NLS-1$
        measures.put(RecruitMeasure.PASSED_PHYSICAL_AND_POLITICAL, recruits("conscription.passedBoth", //$NON-NLS-1$
                Condition.eq(recruit(M.getRecruit_PhysicalPassed()), true), Condition.eq(recruit(M.getRecruit_PoliticalPassed()), true)));
        Figure enlisted = recruits("conscription.enlisted", notNull(M.getRecruit_EnlistedOn())); //$NON-NLS-1$
        measures.put(RecruitMeasure.ENLISTED, enlisted);
        Figure college = recruits("conscription.college", notNull(M.getRecruit_EnlistedOn()), //$NON-NLS-1$
                Condition.in(recruit(M.getRecruit_Education()), List.of(RecruitEducation.IN_COLLEGE, RecruitEducation.COLLEGE_GRADUATE)));
        measures.put(RecruitMeasure.COLLEGE, college);
        measures.put(RecruitMeasure.RETURNED, recruits("conscription.returned", notNull(M.getRecruit_ReturnedOn()))); //$NON-NLS-1$
        Figure graduates = recruits("conscription.graduates", notNull(M.getRecruit_EnlistedOn()), //$NON-NLS-1$
                Condition.eq(recruit(M.getRecruit_Education()), RecruitEducation.COLLEGE_GRADUATE));

        Figure men = recruits("conscription.enlistedMen", notNull(M.getRecruit_EnlistedOn()), MAN); //$NON-NLS-1$
        Figure menCollege = recruits("conscription.menCollege", notNull(M.getRecruit_EnlistedOn()), MAN, //$NON-NLS-1$
                Condition.in(recruit(M.getRecruit_Education()), List.of(RecruitEducation.IN_COLLEGE, RecruitEducation.COLLEGE_GRADUATE)));
        Figure menGraduates = recruits("conscription.menGraduates", notNull(M.getRecruit_EnlistedOn()), MAN, //$NON-NLS-1$
                Condition.eq(recruit(M.getRecruit_Education()), RecruitEducation.COLLEGE_GRADUATE));

        List<Figure> figures = new ArrayList<>(measures.values());
        figures.add(graduates);
        figures.add(new ShareFigure("conscription.collegeShare", AREA, TEXTS, college, List.of(enlisted), null)); //$NON-NLS-1$
        figures.add(new ShareFigure("conscription.graduateShare", AREA, TEXTS, graduates, List.of(enlisted), null)); //$NON-NLS-1$
        figures.add(men);
        figures.add(menCollege);
        figures.add(menGraduates);
        figures.add(new ShareFigure("conscription.menCollegeShare", AREA, TEXTS, menCollege, List.of(men), null)); //$NON-NLS-1$
        figures.add(new ShareFigure("conscription.menGraduateShare", AREA, TEXTS, menGraduates, List.of(men), null)); //$NON-NLS-1$
        figures.add(QueryFigure.builder("conscription.complaints", AREA, TEXTS).query(ConscriptionFigures::campaignsOfYear) //$NON-NLS-1$
                .elements(FeaturePath.of(M.getConscriptionCampaign_Complaints())).build());
        List<String> rates = List.of("registration", "physicalExamTurnout", "doubleQualification", "collegeShare", "returnRate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<ConscriptionIndicator> defaults = ConscriptionIndicators.defaults();
        List<ShareFigure> rateFigures = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            ConscriptionIndicator rate = defaults.get(i);
            rateFigures.add(new ShareFigure("conscription.rate." + rates.get(i), AREA, TEXTS, measures.get(rate.getNumerator()), //$NON-NLS-1$
                    List.of(measures.get(rate.getDenominator())), context -> target(context, rate)));
        }
        figures.addAll(rateFigures);
        figures.add(new TargetsMetFigure("conscription.ratesMet", AREA, TEXTS, rateFigures)); //$NON-NLS-1$
        return figures;
    }

    /** The ledger's indicator of the same numerator and denominator, else the default. */
    private static ShareFigure.Target target(FigureContext context, ConscriptionIndicator fallback) {
        ConscriptionIndicator chosen = fallback;
        try {
            for (ConscriptionIndicator configured : context.session().<ConscriptionIndicator>list(Query.of(M.getConscriptionIndicator()))) {
                if (configured.getNumerator() == fallback.getNumerator() && configured.getDenominator() == fallback.getDenominator()) {
                    chosen = configured;
                }
            }
        } catch (StoreException e) {
            // The default target stands; the figure itself reports a failing store.
        }
        return new ShareFigure.Target(chosen.getTarget(), chosen.getDirection() == TargetDirection.AT_LEAST);
    }

    private static Figure campaignSum(String id, EStructuralFeature field) {
        return QueryFigure.builder(id, AREA, TEXTS).query(ConscriptionFigures::campaignsOfYear).sum(FeaturePath.of(field)).build();
    }

    private static Figure recruits(String id, Condition... conditions) {
        return QueryFigure.builder(id, AREA, TEXTS).query(context -> {
            Query query = campaignsOfYear(context);
            for (Condition condition : conditions) {
                query = query.where(condition);
            }
            return query;
        }).elements(RECRUITS).scope(RECRUIT_UNIT).build();
    }

    private static Query campaignsOfYear(FigureContext context) {
        return Query.of(M.getConscriptionCampaign()).where(Condition.eq(M.getConscriptionCampaign_Year(), context.year()));
    }

    private static FeaturePath recruit(EStructuralFeature feature) {
        return FeaturePath.of(M.getConscriptionCampaign_Recruits(), feature);
    }

    private static Condition notNull(EStructuralFeature feature) {
        return Condition.not(new Condition.IsNull(recruit(feature)));
    }

    /**
     * Men whose eighteenth birthday is in the year, by their identity numbers: born in year − 18
     * (digits 7–10) with an odd 17th digit, the same rule as the model's registration rate.
     */
    private static Condition turningEighteen(int year) {
        String born = String.valueOf(year - 18);
        FeaturePath number = FeaturePath.of(M.getConscriptionCampaign_Recruits(), M.getRecruit_Person(), C.getPerson_IdentityNumber());
        List<Condition> odd = new ArrayList<>();
        for (char digit : new char[] { '1', '3', '5', '7', '9' }) {
            odd.add(Condition.compare(number, Condition.Operator.LIKE, "_".repeat(6) + born + "_".repeat(6) + digit + "_")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Condition.any(odd.toArray(Condition[]::new));
    }

    private static Condition man(char digit) {
        return Condition.compare(FeaturePath.of(M.getConscriptionCampaign_Recruits(), M.getRecruit_Person(), C.getPerson_IdentityNumber()),
                Condition.Operator.LIKE, "_".repeat(16) + digit + "_"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
