package org.garrison.internal.report.figures;

import static org.garrison.internal.report.figures.BuiltInFigures.TEXTS;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityPackage;
import org.garrison.report.Figure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureProvider;
import org.garrison.report.QueryFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/** Section 二.四: safety activities per kind and quarter, hazards found and rectified, drills, maintenance. */
public final class SecurityFigures implements FigureProvider {

    private static final SecurityPackage SEC = SecurityPackage.eINSTANCE;
    private static final String AREA = "security"; //$NON-NLS-1$

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (SafetyActivityKind kind : SafetyActivityKind.values()) {
            figures.add(QueryFigure.builder("security.activities." + StudyFigures.camel(kind.name()), AREA, TEXTS) //$NON-NLS-1$
                    .query(context -> activitiesOfYear(context).where(Condition.eq(SEC.getSafetyActivity_Kind(), kind))).records().build());
        }
        figures.add(new FullQuartersFigure("security.fullQuarters", AREA, TEXTS, SecurityFigures::activitiesOfYear, //$NON-NLS-1$
                FeaturePath.of(SEC.getSafetyActivity_Date()), FeaturePath.of(SEC.getSafetyActivity_Kind()), SafetyActivityKind.values().length));
        figures.add(QueryFigure.builder("security.hazardsFound", AREA, TEXTS).query(SecurityFigures::hazardsOfYear).records().build()); //$NON-NLS-1$
        figures.add(QueryFigure.builder("security.hazardsRectified", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> hazardsOfYear(context).where(Condition.not(Condition.isNull(SEC.getHazard_RectifiedOn())))).records().build());
        figures.add(QueryFigure.builder("security.drills", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> Query.of(SEC.getDrill()).where(context.inYear(FeaturePath.of(SEC.getDrill_Date())))).records().build());
        figures.add(QueryFigure.builder("security.maintenance", AREA, TEXTS) //$NON-NLS-1$
                .query(context -> Query.of(SEC.getMaintenanceRecord()).where(context.inYear(FeaturePath.of(SEC.getMaintenanceRecord_Date()))))
                .records().build());
        // the report's sentence names four kinds of facility: it counts those four
        figures.add(new MaintenanceOfCategoriesFigure("security.maintenance.facilities", AREA, TEXTS, List.of(AssetCategory.WATER_POWER_NETWORK, //$NON-NLS-1$
                AssetCategory.LIGHTNING_PROTECTION, AssetCategory.COMMUNICATION_LINE, AssetCategory.FIRE_EQUIPMENT)));
        return figures;
    }

    private static Query activitiesOfYear(FigureContext context) {
        return Query.of(SEC.getSafetyActivity()).where(context.inYear(FeaturePath.of(SEC.getSafetyActivity_Date())));
    }

    private static Query hazardsOfYear(FigureContext context) {
        return Query.of(SEC.getHazard()).where(context.inYear(FeaturePath.of(SEC.getHazard_FoundOn())));
    }
}
