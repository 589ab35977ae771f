package org.garrison.security.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.garrison.internal.security.ui.InspectionEditor;
import org.garrison.internal.security.ui.SecurityUi;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored inspection opened in its editor: an item set to 不合格 with what was found raises one hazard
 * with the asset and the item through 登记隐患; an item's photo is one of the record's attachments, named
 * by the item, added and taken back as one step.
 */
class InspectionEditorTest extends SecurityUiTest {

    @TempDir
    Path folder;

    @Test
    void aFailedItemRaisesItsHazardAndAPhotoBelongsToItsItem() throws Exception {
        InspectionEditor editor;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<MaintenanceRecord> records = session.list(Query.of(SecurityPackage.Literals.MAINTENANCE_RECORD));
            MaintenanceRecord inspected = records.stream().filter(record -> record.getResults().size() >= 2
                    && record.getResults().stream().allMatch(result -> result.getOutcome() == CheckOutcome.PASS)).findFirst().orElseThrow();
            editor = (InspectionEditor) open(session, inspected, SecurityUi.INSPECTION_EDITOR);
        }
        MaintenanceRecord record = editor.record();
        CheckResult second = record.getResults().get(1);
        editor.outcomes().get(1).select(CheckOutcome.FAIL_VALUE);
        editor.outcomes().get(1).notifyListeners(SWT.Selection, new Event());
        settle();
        assertThat(editor.problems()).anySatisfy(problem -> assertThat(problem).contains(second.getItem()).contains("不合格"));
        editor.notes().get(1).setText("接地线松脱");
        editor.notes().get(1).notifyListeners(SWT.FocusOut, new Event());
        settle();
        assertThat(second.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(second.getNote()).isEqualTo("接地线松脱");
        editor.raiseHazards();
        settle();
        List<Hazard> raised = editor.ledger().getHazards().stream().filter(hazard -> hazard.getRaisedBy() == record).toList();
        assertThat(raised).singleElement().satisfies(hazard -> {
            assertThat(hazard.getAsset()).isSameAs(record.getAsset());
            assertThat(hazard.getCheckItem()).isEqualTo(second.getItem());
            assertThat(hazard.getDescription()).contains("接地线松脱");
        });
        assertThat(editor.problems()).isEmpty();

        Path photo = folder.resolve("接地线.png");
        Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
        int attachments = record.getAttachments().size();
        editor.attachPhoto(second, photo);
        settle();
        assertThat(record.getAttachments()).hasSize(attachments + 1);
        assertThat(second.getPhoto()).isNotNull().isSameAs(record.getAttachments().get(attachments));
        assertThat(second.getPhoto().getName()).isEqualTo("接地线.png");
        editor.domain().getCommandStack().undo();
        settle();
        assertThat(second.getPhoto()).isNull();
        assertThat(record.getAttachments()).hasSize(attachments);
        editor.domain().getCommandStack().redo();
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();
    }
}
