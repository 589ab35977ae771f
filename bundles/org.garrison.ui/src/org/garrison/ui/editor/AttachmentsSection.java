package org.garrison.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.garrison.internal.ui.Messages;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Record;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * The attachments (附件) of a record: sign-in sheets, photos of a hazard, scanned approvals. Files are
 * added by 添加… or by dropping them on the list, each within the preferences' limit; opened with the
 * system's program, saved elsewhere, removed. Images show a thumbnail. Adding and removing are
 * commands on the editing domain, and the files are stored with the record by the editor's Save.
 * Contents are read from the store only for what is shown or opened (images of this record).
 */
public final class AttachmentsSection extends AdapterImpl {

    private static final int THUMBNAIL = 48;

    private final EditingDomain domain;
    private final StoreSession session;
    private final Record record;
    private final Group group;
    private final TableViewer table;
    private final Map<Attachment, Image> thumbnails = new HashMap<>();

    public AttachmentsSection(Composite parent, EditingDomain domain, StoreSession session, Record record) {
        this.domain = domain;
        this.session = session;
        this.record = record;
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.Attachments_title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        table = new TableViewer(group, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("name", "attachments"); //$NON-NLS-1$ //$NON-NLS-2$
        column(Messages.Attachments_name, 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Attachment) element).getName();
            }

            @Override
            public Image getImage(Object element) {
                return thumbnail((Attachment) element);
            }
        });
        column(Messages.Attachments_size, 90, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Attachment attachment = (Attachment) element;
                return session.isLargeValueLoaded(attachment, CorePackage.Literals.ATTACHMENT__CONTENT) && attachment.getContent() != null
                        ? size(attachment.getContent().length) : ""; //$NON-NLS-1$
            }
        });
        column(Messages.Attachments_description, 200, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String description = ((Attachment) element).getDescription();
                return description == null ? "" : description; //$NON-NLS-1$
            }
        });
        table.addDoubleClickListener(event -> openSelected());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).span(1, 4).applyTo(table.getTable());
        button(Messages.Attachments_add, this::addFromDialog);
        button(Messages.Attachments_open, this::openSelected);
        button(Messages.Attachments_saveAs, this::saveSelectedAs);
        button(Messages.Attachments_remove, this::removeSelected);
        DropTarget drop = new DropTarget(table.getTable(), DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files) {
                    add(java.util.Arrays.stream(files).map(Path::of).toList());
                }
            }
        });
        table.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        group.addDisposeListener(event -> {
            record.eAdapters().remove(this);
            thumbnails.values().forEach(Image::dispose);
        });
        record.eAdapters().add(this);
        show();
    }

    public Group control() {
        return group;
    }

    public TableViewer table() {
        return table;
    }

    /** A file's size as staff read it: kilobytes below one megabyte. */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? NLS.bind(Messages.Attachments_kilobytes, Math.max(1, Math.round(bytes / 1024.0)))
                : NLS.bind(Messages.Attachments_megabytes, AttachmentFiles.megabytes(bytes));
    }

    private void column(String header, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private void button(String text, Runnable action) {
        Button button = new Button(group, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private void addFromDialog() {
        FileDialog dialog = new FileDialog(group.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Attachments_addTitle);
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            add(files);
        }
    }

    /**
     * Adds the files as attachments, in one command; a file over the limit or unreadable is named in
     * a message and left out, the others are added.
     */
    public void add(List<Path> files) {
        List<Attachment> added = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int limit = AttachmentFiles.limitMegabytes();
        for (Path file : files) {
            try {
                added.add(AttachmentFiles.read(file, limit));
            } catch (IOException e) {
                refused.add(e.getMessage());
            }
        }
        if (!added.isEmpty()) {
            domain.getCommandStack().execute(AddCommand.create(domain, record, CorePackage.Literals.RECORD__ATTACHMENTS, added));
        }
        if (!refused.isEmpty()) {
            MessageDialog.openError(group.getShell(), Messages.Attachments_refusedTitle, String.join("\n", refused)); //$NON-NLS-1$
        }
    }

    private List<Attachment> selected() {
        return ((IStructuredSelection) table.getSelection()).toList().stream().map(Attachment.class::cast).toList();
    }

    private void removeSelected() {
        List<Attachment> selected = selected();
        if (!selected.isEmpty()) {
            domain.getCommandStack().execute(RemoveCommand.create(domain, record, CorePackage.Literals.RECORD__ATTACHMENTS, selected));
        }
    }

    private void openSelected() {
        for (Attachment attachment : selected()) {
            try {
                Path folder = Files.createTempDirectory("garrison-attachment"); //$NON-NLS-1$
                Path file = folder.resolve(safeName(attachment.getName()));
                Files.write(file, content(attachment));
                file.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
                if (!Program.launch(file.toString())) {
                    MessageDialog.openInformation(group.getShell(), Messages.Attachments_title, NLS.bind(Messages.Attachments_noProgram, file));
                }
            } catch (IOException | StoreException e) {
                MessageDialog.openError(group.getShell(), Messages.Attachments_title, NLS.bind(Messages.Attachments_openFailed, attachment.getName(), e.getMessage()));
            }
        }
    }

    private void saveSelectedAs() {
        for (Attachment attachment : selected()) {
            FileDialog dialog = new FileDialog(group.getShell(), SWT.SAVE);
            dialog.setText(Messages.Attachments_saveAs);
            dialog.setFileName(attachment.getName());
            dialog.setOverwrite(true);
            String target = dialog.open();
            if (target != null) {
                try {
                    saveAs(attachment, Path.of(target));
                } catch (IOException | StoreException e) {
                    MessageDialog.openError(group.getShell(), Messages.Attachments_title, NLS.bind(Messages.Attachments_saveFailed, target, e.getMessage()));
                }
            }
        }
    }

    /** Writes the attachment's content to the file. */
    public void saveAs(Attachment attachment, Path target) throws IOException, StoreException {
        Files.write(target, content(attachment));
    }

    private byte[] content(Attachment attachment) throws StoreException {
        byte[] content = session.loadLargeValue(attachment, CorePackage.Literals.ATTACHMENT__CONTENT);
        return content == null ? new byte[0] : content;
    }

    private static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return safe.isBlank() ? "attachment" : safe; //$NON-NLS-1$
    }

    /** The image's thumbnail, made once; null for other files or an image SWT cannot read. */
    private Image thumbnail(Attachment attachment) {
        if (!AttachmentFiles.isImage(attachment)) {
            return null;
        }
        return thumbnails.computeIfAbsent(attachment, image -> {
            try {
                ImageData data = new ImageData(new ByteArrayInputStream(content(image)));
                int width = Math.max(1, data.width * THUMBNAIL / Math.max(1, data.height));
                return new Image(group.getDisplay(), data.scaledTo(Math.min(width, THUMBNAIL * 2), THUMBNAIL));
            } catch (RuntimeException | StoreException e) {
                return null;
            }
        });
    }

    /** Whether the attachment shows a thumbnail now. */
    public boolean hasThumbnail(Attachment attachment) {
        return thumbnails.get(attachment) != null;
    }

    private void show() {
        if (!table.getTable().isDisposed()) {
            table.setInput(record.getAttachments().toArray());
            group.getParent().layout(true, true);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == CorePackage.Literals.RECORD__ATTACHMENTS) {
            show();
        }
    }
}
