package org.garrison.example.education;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.report.Figure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureProvider;
import org.garrison.report.FigureTexts;
import org.garrison.report.QueryFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * 国防教育's figures, counted from the activities of the report's year: activities, of them student military
 * training, and participants. Each is a {@link QueryFigure}, so the report's appendix lists the records it counted
 * and a town's report counts the town's own (through the activity's organising unit).
 */
public final class EducationFigures implements FigureProvider {

    /** The department's package, registered from plugin.xml (no generated code). */
    public static final String NS_URI = "http://garrison.org/examples/education/1.0"; //$NON-NLS-1$
    /** The area the figures belong to, as plugin.xml names it. */
    public static final String AREA = "org.garrison.example.education"; //$NON-NLS-1$

    public static final String ACTIVITIES = "education.activities"; //$NON-NLS-1$
    public static final String SCHOOL_TRAININGS = "education.schoolTrainings"; //$NON-NLS-1$
    public static final String PARTICIPANTS = "education.participants"; //$NON-NLS-1$

    @Override
    public List<Figure> figures() {
        EClass activity = activityClass();
        EStructuralFeature date = activity.getEStructuralFeature("date"); //$NON-NLS-1$
        EStructuralFeature kind = activity.getEStructuralFeature("kind"); //$NON-NLS-1$
        FeaturePath organiser = FeaturePath.of(activity.getEStructuralFeature("orgUnit")); //$NON-NLS-1$
        Object schoolTraining = ((EEnum) kind.getEType()).getEEnumLiteral("SCHOOL_TRAINING").getInstance(); //$NON-NLS-1$
        FigureTexts texts = FigureTexts.of(EducationFigures.class.getPackageName() + ".figures", EducationFigures.class); //$NON-NLS-1$
        return List.of(
                QueryFigure.builder(ACTIVITIES, AREA, texts)
                        .query(context -> inYear(activity, date, context)).records().scope(organiser).build(),
                QueryFigure.builder(SCHOOL_TRAININGS, AREA, texts)
                        .query(context -> inYear(activity, date, context).where(Condition.eq(kind, schoolTraining)))
                        .records().scope(organiser).build(),
                QueryFigure.builder(PARTICIPANTS, AREA, texts)
                        .query(context -> inYear(activity, date, context))
                        .sum(FeaturePath.of(activity.getEStructuralFeature("participants"))).scope(organiser).build()); //$NON-NLS-1$
    }

    private static Query inYear(EClass activity, EStructuralFeature date, FigureContext context) {
        return Query.of(activity).where(context.inYear(FeaturePath.of(date)));
    }

    /** The activity class of the department's package. */
    public static EClass activityClass() {
        EPackage education = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
        if (education == null) {
            throw new IllegalStateException("The package " + NS_URI + " is not registered: is plugin.xml's dynamic_package there?"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (EClass) education.getEClassifier("EducationActivity"); //$NON-NLS-1$
    }
}
