package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * A department's package (a dynamic one, from its .ecore, with no EMF.Edit code) names its classes,
 * features and enumeration literals in a properties file beside it: Chinese by default, English from
 * {@code _en}, what English leaves out in Chinese, what both leave out as the model's own name; Garrison's
 * own names are untouched.
 */
class DepartmentLabelsTest {

    private static EPackage education;

    @BeforeAll
    static void loadThePackageAsItsPluginWould() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        URI ecore = URI.createURI(FrameworkUtil.getBundle(DepartmentLabelsTest.class).getEntry("model/education.ecore").toString());
        Resource resource = resources.getResource(ecore, true);
        education = (EPackage) resource.getContents().get(0);
    }

    @Test
    void aDynamicPackagesNamesComeFromThePropertiesBesideIt() {
        EClass lecture = (EClass) education.getEClassifier("Lecture");
        EEnum audience = (EEnum) education.getEClassifier("Audience");
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        assertThat(ModelLabels.of(lecture, chinese)).isEqualTo("国防教育讲座");
        assertThat(ModelLabels.of(lecture.getEStructuralFeature("title"), chinese)).isEqualTo("讲座题目");
        assertThat(ModelLabels.of(audience.getEEnumLiteral("STUDENTS"), chinese)).isEqualTo("学生");
        assertThat(ModelLabels.of(lecture.getEStructuralFeature("hours"), chinese)).as("left out: the model's own name").isEqualTo("Lecture.hours");

        Locale english = Locale.ENGLISH;
        assertThat(ModelLabels.of(lecture, english)).isEqualTo("Defence education lecture");
        assertThat(ModelLabels.of(audience.getEEnumLiteral("CADRES"), english)).isEqualTo("Cadres");
        assertThat(ModelLabels.of(audience.getEEnumLiteral("STUDENTS"), english)).as("English left it out: Chinese").isEqualTo("学生");

        org.eclipse.emf.ecore.EObject record = education.getEFactoryInstance().create(lecture);
        record.eSet(lecture.getEStructuralFeature("title"), "全民国防教育日");
        assertThat(ModelLabels.describe(record, chinese)).isEqualTo("国防教育讲座“全民国防教育日”");
    }

    @Test
    void garrisonsOwnNamesStand() {
        assertThat(ModelLabels.of(CorePackage.Literals.PERSON, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo("Person").doesNotContain(".");
        assertThat(ModelLabels.of(CorePackage.Literals.PERSON__PHONE, Locale.ENGLISH)).isNotEqualTo("Person.phone");
    }
}
