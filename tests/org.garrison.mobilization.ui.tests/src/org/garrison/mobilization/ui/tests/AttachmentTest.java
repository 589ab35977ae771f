package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.answerDialog;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.garrison.internal.mobilization.ui.roster.RosterEditor;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.AttachmentFiles;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments: an image attached to a record, shown with a thumbnail, saved with the record and read
 * back byte for byte in another session; a file over the limit refused with the message; the roster
 * loads its members without reading any attachment's content.
 */
class AttachmentTest extends MobilizationUiTest {

    @TempDir
    Path folder;

    @Test
    void anImageIsAttachedSavedReadBackAndTheRosterDoesNotReadContents() throws Exception {
        Path photo = folder.resolve("隐患整改前.png");
        writePng(photo);
        long studyId;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            studyId = reader.idOf(reader.list(Query.of(org.garrison.model.study.StudyPackage.Literals.STUDY_SESSION).page(0, 1)).get(0)).getAsLong();
        }
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(studyId, org.garrison.model.study.StudyPackage.Literals.STUDY_SESSION, "s"),
                RecordEditor.ID);
        int before = editor.attachments().table().getTable().getItemCount();
        editor.attachments().add(List.of(photo));
        settle();
        assertThat(editor.attachments().table().getTable().getItemCount()).isEqualTo(before + 1);
        Attachment added = ((org.garrison.model.core.Record) editor.record()).getAttachments().get(before);
        assertThat(added.getName()).isEqualTo("隐患整改前.png");
        assertThat(added.getMediaType()).isEqualTo("image/png");
        assertThat(editor.attachments().hasThumbnail(added)).as("an image shows its thumbnail").isTrue();
        assertThat(editor.isDirty()).isTrue();
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            org.garrison.model.core.Record read = (org.garrison.model.core.Record) reader.find(studyId);
            Attachment stored = read.getAttachments().get(before);
            assertThat(reader.isLargeValueLoaded(stored, CorePackage.Literals.ATTACHMENT__CONTENT)).isFalse();
            assertThat(reader.loadLargeValue(stored, CorePackage.Literals.ATTACHMENT__CONTENT)).isEqualTo(Files.readAllBytes(photo));
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheMessage() throws Exception {
        InstanceScope.INSTANCE.getNode(GarrisonUI.PLUGIN_ID).putInt(AttachmentFiles.LIMIT_PREFERENCE, 1);
        try {
            Path scan = folder.resolve("审批表扫描件.pdf");
            Files.write(scan, new byte[1024 * 1024 + 1]);
            long memberId = firstMemberId();
            RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(memberId, MobilizationPackage.Literals.MILITIA_MEMBER, "m"),
                    RecordEditor.ID);
            int before = editor.attachments().table().getTable().getItemCount();
            List<String> read = answerDialog("有文件没有添加");
            editor.attachments().add(List.of(scan));
            settle();
            assertThat(read).anySatisfy(text -> assertThat(text).contains("审批表扫描件.pdf").contains("1.0 MB").contains("上限").contains("首选项"));
            assertThat(editor.attachments().table().getTable().getItemCount()).isEqualTo(before);
            assertThat(editor.isDirty()).isFalse();
        } finally {
            InstanceScope.INSTANCE.getNode(GarrisonUI.PLUGIN_ID).remove(AttachmentFiles.LIMIT_PREFERENCE);
        }
    }

    @Test
    void theRosterLoadsWithoutReadingAttachmentContents() throws Exception {
        long memberId = firstMemberId();
        try (StoreSession writer = GarrisonUI.getStore().openSession()) {
            Person person = ((MilitiaMember) writer.find(memberId)).getPerson();
            Attachment form = Attachments.of("政审表.pdf", new byte[200_000]);
            person.getAttachments().add(form);
            writer.commit();
        }
        RosterEditor roster = Workbench.openRoster();
        MilitiaMember member = roster.members().stream().filter(m -> roster.session().idOf(m).getAsLong() == memberId).findFirst().orElseThrow();
        List<Attachment> attachments = member.getPerson().getAttachments();
        assertThat(attachments).isNotEmpty();
        assertThat(attachments).allSatisfy(attachment -> {
            assertThat(roster.session().isLargeValueLoaded(attachment, CorePackage.Literals.ATTACHMENT__CONTENT))
                    .as("the roster does not read " + attachment.getName()).isFalse();
            assertThat(attachment.getContent()).isNull();
        });
    }

    private static final class Attachments {
        static Attachment of(String name, byte[] content) {
            Attachment attachment = org.garrison.model.core.CoreFactory.eINSTANCE.createAttachment();
            attachment.setName(name);
            attachment.setMediaType(AttachmentFiles.mediaType(name));
            attachment.setContent(content);
            return attachment;
        }
    }

    private static long firstMemberId() throws Exception {
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            return reader.idOf(reader.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).page(0, 1)).get(0)).getAsLong();
        }
    }

    /** A real PNG (a red square with a blue stripe) drawn by SWT. */
    private static void writePng(Path file) {
        Display display = Display.getCurrent();
        Image image = new Image(display, 120, 80);
        GC gc = new GC(image);
        gc.setBackground(display.getSystemColor(SWT.COLOR_RED));
        gc.fillRectangle(0, 0, 120, 80);
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLUE));
        gc.fillRectangle(0, 30, 120, 20);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
