package org.garrison.internal.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.training.InstructorValidity;
import org.garrison.internal.training.TrainingSettings;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserColumn;
import org.garrison.ui.chooser.ChooserFilter;
import org.garrison.ui.chooser.ChooserProfile;

/** Instructors found by name: name, level, certificate date and whether it is still valid, specialty, 四会; filtered by level. */
public class InstructorChooserProfile extends ChooserProfile {

    private static final TrainingPackage T = TrainingPackage.eINSTANCE;
    private static final FeaturePath NAME = FeaturePath.of(T.getInstructor_Person(), CorePackage.Literals.PERSON__NAME);

    @Override
    public String name() {
        return Messages.Chooser_instructors;
    }

    @Override
    public EClass searched() {
        return T.getInstructor();
    }

    @Override
    public Condition matching(String text) {
        return Condition.compare(NAME, Condition.Operator.LIKE, startingWith(text));
    }

    @Override
    public List<Query.Order> order() {
        return List.of(new Query.Order(NAME, true));
    }

    @Override
    public List<ChooserColumn> columns() {
        Locale locale = Locale.getDefault();
        List<ChooserColumn> columns = new ArrayList<>();
        columns.add(new ChooserColumn(ModelLabels.of(CorePackage.Literals.PERSON__NAME, locale), 8, found -> TrainingTexts.name((Instructor) found)));
        columns.add(new ChooserColumn(ModelLabels.of(T.getInstructor_Level(), locale), 5, found -> TrainingTexts.label(((Instructor) found).getLevel(), locale)));
        columns.add(new ChooserColumn(ModelLabels.of(T.getInstructor_Specialty(), locale), 8,
                found -> ((Instructor) found).getSpecialty() == null ? "" : ((Instructor) found).getSpecialty())); //$NON-NLS-1$
        columns.add(new ChooserColumn(ModelLabels.of(T.getInstructor_CertifiedOn(), locale), 10, found -> validity((Instructor) found)));
        columns.add(new ChooserColumn(ModelLabels.of(T.getInstructor_FourAbilities(), locale), 4,
                found -> ((Instructor) found).isFourAbilities() ? Messages.Chooser_yes : Messages.Chooser_no));
        return columns;
    }

    private static String validity(Instructor instructor) {
        if (instructor.getCertifiedOn() == null) {
            return ""; //$NON-NLS-1$
        }
        boolean expired = InstructorValidity.expired(instructor, TrainingSettings.validityYears(), TrainingUi.today());
        return expired ? org.eclipse.osgi.util.NLS.bind(Messages.Chooser_expired, TrainingTexts.date(instructor.getCertifiedOn()))
                : TrainingTexts.date(instructor.getCertifiedOn());
    }

    @Override
    public void prepare(StoreSession session, List<EObject> found) throws StoreException {
        session.resolve(found, T.getInstructor_Person());
    }

    @Override
    public List<ChooserFilter> filters(StoreSession session) {
        List<ChooserFilter.Choice> levels = new ArrayList<>();
        for (InstructorLevel level : InstructorLevel.VALUES) {
            levels.add(new ChooserFilter.Choice(TrainingTexts.label(level, Locale.getDefault()), Condition.eq(T.getInstructor_Level(), level)));
        }
        return List.of(new ChooserFilter(ModelLabels.of(T.getInstructor_Level(), Locale.getDefault()), levels));
    }
}
