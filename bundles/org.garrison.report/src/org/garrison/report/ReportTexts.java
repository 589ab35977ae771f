package org.garrison.report;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.report.document.ReportTemplateFiles;
import org.garrison.model.core.OrgUnit;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The author's prose of a year's report, stored per year and scope as an {@code AnnualReport}
 * record (the report bundle's own model, {@code model/report.ecore}). A year without one starts from
 * the latest earlier year's text, and the first ever from the department's earlier report.
 */
public final class ReportTexts {

    public static final String NS_URI = "http://garrison.org/model/report/1.0"; //$NON-NLS-1$

    /** The prose sections, in the order the report prints them. */
    public enum Section {
        TITLE("title"), OPENING("opening"), THEORY_STUDY("theoryStudy"), DUTIES_NOTES("dutiesNotes"), INTEGRITY("integrity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        PROBLEMS("problems"), PLANS("plans"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String feature;

        Section(String feature) {
            this.feature = feature;
        }

        public EAttribute attribute() {
            return (EAttribute) annualReport().getEStructuralFeature(feature);
        }
    }

    private ReportTexts() {
    }

    public static EClass annualReport() {
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
        if (ePackage == null) {
            throw new IllegalStateException("The report model " + NS_URI + " is not registered"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (EClass) ePackage.getEClassifier("AnnualReport"); //$NON-NLS-1$
    }

    public static EAttribute year() {
        return (EAttribute) annualReport().getEStructuralFeature("year"); //$NON-NLS-1$
    }

    public static EReference scope() {
        return (EReference) annualReport().getEStructuralFeature("scope"); //$NON-NLS-1$
    }

    /** The stored texts of the year and scope, or null. */
    public static EObject find(StoreSession session, int year, OrgUnit scope) throws StoreException {
        List<EObject> found = session.list(ofScope(Query.of(annualReport()).where(Condition.eq(year(), year)), scope));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The texts of the year: the stored ones, else new texts (added to the session, written with its
     * next commit) copied from the latest earlier year of the same scope, else from the defaults.
     */
    public static EObject forYear(StoreSession session, int year, OrgUnit scope) throws StoreException {
        EObject stored = find(session, year, scope);
        if (stored != null) {
            return stored;
        }
        EObject texts = EcoreUtil.create(annualReport());
        texts.eSet(year(), year);
        texts.eSet(scope(), scope);
        EObject previous = previous(session, year, scope);
        for (Section section : Section.values()) {
            texts.eSet(section.attribute(), previous != null ? previous.eGet(section.attribute()) : defaultText(section, year));
        }
        if (previous != null) {
            texts.eSet(Section.TITLE.attribute(), defaultText(Section.TITLE, year));
        }
        session.add(texts);
        return texts;
    }

    /** The latest stored texts of the scope before the year, or null. */
    public static EObject previous(StoreSession session, int year, OrgUnit scope) throws StoreException {
        List<EObject> earlier = session.list(ofScope(Query.of(annualReport())
                .where(Condition.compare(year(), Condition.Operator.LESS, year)), scope).orderBy(year(), false).page(0, 1));
        return earlier.isEmpty() ? null : earlier.get(0);
    }

    public static String text(EObject texts, Section section) {
        Object value = texts.eGet(section.attribute());
        return value == null ? "" : (String) value; //$NON-NLS-1$
    }

    /** The department's own wording for a first report (../shared/seed), and the title {year}年度述职报告. */
    public static String defaultText(Section section, int year) {
        if (section == Section.TITLE) {
            return ReportTemplateFiles.template().getProperty("title").replace("{0}", Integer.toString(year)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ReportTemplateFiles.defaults().getProperty(section.feature, ""); //$NON-NLS-1$
    }

    private static Query ofScope(Query query, OrgUnit scope) {
        EStructuralFeature feature = scope();
        return scope == null ? query.where(Condition.isNull(feature)) : query.where(Condition.eq(FeaturePath.of(feature), scope));
    }

}
