package org.garrison.internal.report.figures;

import static org.garrison.internal.report.figures.BuiltInFigures.TEXTS;

import java.util.List;

import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.report.Figure;
import org.garrison.report.FigureProvider;
import org.garrison.report.QueryFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Condition.Operator;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/** Section 二.三: core militia organized, musters held, armed cadres appointed, standardization items cleared. */
public final class MobilizationFigures implements FigureProvider {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;
    private static final String AREA = "mobilization"; //$NON-NLS-1$

    @Override
    public List<Figure> figures() {
        return List.of(
                QueryFigure.builder("mobilization.coreMembers", AREA, TEXTS) //$NON-NLS-1$
                        .query(context -> Query.of(M.getMilitiaMember())
                                .where(Condition.eq(M.getMilitiaMember_Category(), MilitiaCategory.CORE))
                                .where(Condition.compare(M.getMilitiaMember_JoinDate(), Operator.LESS_OR_EQUAL, context.lastDay()))
                                .where(Condition.any(Condition.isNull(M.getMilitiaMember_LeaveDate()),
                                        Condition.compare(M.getMilitiaMember_LeaveDate(), Operator.GREATER, context.lastDay()))))
                        .records().scope(FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_OrgUnit())).build(),
                QueryFigure.builder("mobilization.musters", AREA, TEXTS) //$NON-NLS-1$
                        .query(context -> Query.of(M.getMuster()).where(context.inYear(FeaturePath.of(M.getMuster_Date()))))
                        .records().scope(FeaturePath.of(M.getMuster_Units(), M.getMilitiaUnit_OrgUnit())).build(),
                QueryFigure.builder("mobilization.cadresAppointed", AREA, TEXTS) //$NON-NLS-1$
                        .query(context -> Query.of(M.getArmedCadre()).where(context.inYear(FeaturePath.of(M.getArmedCadre_AppointedOn()))))
                        .records().scope(FeaturePath.of(M.getArmedCadre_OrgUnit())).build(),
                QueryFigure.builder("mobilization.itemsCleared", AREA, TEXTS) //$NON-NLS-1$
                        .query(context -> Query.of(M.getStandardizationItem()).where(context.inYear(FeaturePath.of(M.getStandardizationItem_ClearedOn()))))
                        .records().scope(FeaturePath.of(M.getStandardizationItem_OrgUnit())).build());
    }
}
