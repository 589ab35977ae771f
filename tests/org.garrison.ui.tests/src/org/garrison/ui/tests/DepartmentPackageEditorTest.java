package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.RecordNames;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.core.Record;
import org.garrison.store.StoreSession;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A department's package with no Java (a dynamic package from plugin.xml, its names in a properties file
 * beside it): its class extends core.Record and is stored with who created it; the generic record editor
 * names its fields and enumeration values in Chinese, not by the model's raw names.
 */
class DepartmentPackageEditorTest {

    private static final String NS_URI = "http://example.org/garrison/test/lectures/1.0";

    private static IWorkbenchPage page() {
        return WorkbenchDriver.page();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aDynamicDepartmentRecordIsStoredAsACoreRecordAndEditedInChinese() throws Exception {
        EPackage lectures = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
        assertThat(lectures).as("the plug-in's dynamic package").isNotNull();
        EClass lecture = (EClass) lectures.getEClassifier("Lecture");
        EEnum audience = (EEnum) lectures.getEClassifier("Audience");
        EObject given = EcoreUtil.create(lecture);
        assertThat(given).isInstanceOf(Record.class);
        given.eSet(lecture.getEStructuralFeature("title"), "全民国防教育日讲座");
        given.eSet(lecture.getEStructuralFeature("audience"), audience.getEEnumLiteral("CADRES").getInstance());
        long id;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.add(given);
            session.commit();
            id = session.idOf(given).getAsLong();
        }
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            Record stored = (Record) reader.find(id);
            assertThat(stored.getCreatedBy()).as("a core record with its audit fields").isEqualTo(System.getProperty("user.name"));
            assertThat(stored.getCreatedAt()).isNotNull();
        }

        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, lecture, "讲座"), RecordEditor.ID);
        WorkbenchDriver.settle();
        assertThat(WorkbenchDriver.labels(editor.getSite().getShell())).contains("讲座题目：", "听众：").doesNotContain("title：", "audience：");
        Combo kinds = (Combo) WorkbenchDriver.first(editor.getSite().getShell(), control -> control instanceof Combo);
        assertThat(Arrays.asList(kinds.getItems())).containsExactly("学生", "干部");
        assertThat(kinds.getText()).isEqualTo("干部");
        assertThat(RecordNames.itemText(editor.record(), new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
                org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE))).isEqualTo("国防教育讲座“全民国防教育日讲座”");
    }

    /** With neither a wizard nor newIn in its plugin.xml, a kind whose records stand on their own has New: Garrison's wizard, in Chinese. */
    @Test
    void aDepartmentKindWithoutJavaHasNew() throws Exception {
        EClass lecture = (EClass) EPackage.Registry.INSTANCE.getEPackage(NS_URI).getEClassifier("Lecture");
        org.garrison.internal.ui.areas.RecordsDescriptor kind = org.garrison.internal.ui.areas.AreaRegistry
                .read(org.eclipse.core.runtime.Platform.getExtensionRegistry()).stream().flatMap(area -> area.records().stream())
                .filter(records -> records.eClass() == lecture).findFirst().orElseThrow();
        assertThat(kind.canCreate()).isTrue();
        org.eclipse.ui.INewWizard wizard = kind.newWizard();
        wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (org.eclipse.jface.wizard.IWizard) wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        String title = "新建的讲座" + System.nanoTime();
        try {
            assertThat(dialog.getShell().getText()).isEqualTo("新建国防教育讲座");
            assertThat(WorkbenchDriver.labels(dialog.getShell())).contains("讲座题目：", "听众：");
            ((org.eclipse.swt.widgets.Text) WorkbenchDriver.named(dialog.getShell(), "title")).setText(title);
            WorkbenchDriver.settle();
            assertThat(wizard.canFinish()).isTrue();
            assertThat(wizard.performFinish()).isTrue();
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            java.util.List<EObject> stored = reader.list(org.garrison.store.query.Query.of(lecture));
            assertThat(stored).filteredOn(record -> title.equals(record.eGet(lecture.getEStructuralFeature("title")))).singleElement()
                    .satisfies(record -> assertThat(((Record) record).getCreatedBy()).isEqualTo(System.getProperty("user.name")));
        }
    }
}
