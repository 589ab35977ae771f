package org.garrison.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CoreFactory;

/**
 * Files made attachments and attachments written back to files, with the per-file limit of the
 * preferences (窗口 &gt; 首选项 &gt; 附件, 20 MB unless changed). No display needed.
 */
public final class AttachmentFiles {

    /** The preference (in node {@code org.garrison.ui}) with the largest file accepted, in megabytes. */
    public static final String LIMIT_PREFERENCE = "attachments.maxMegabytes"; //$NON-NLS-1$
    public static final int DEFAULT_LIMIT_MEGABYTES = 20;

    private AttachmentFiles() {
    }

    /** The limit per file now, in megabytes. */
    public static int limitMegabytes() {
        int limit = Platform.getPreferencesService().getInt(org.garrison.ui.GarrisonUI.PLUGIN_ID, LIMIT_PREFERENCE, DEFAULT_LIMIT_MEGABYTES, null);
        return limit > 0 ? limit : DEFAULT_LIMIT_MEGABYTES;
    }

    /**
     * The file as a new attachment: its name, media type and bytes.
     *
     * @throws IOException with a message for the user when the file is over the limit or cannot be read
     */
    public static Attachment read(Path file, int limitMegabytes) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Attachments_unreadable, file, e.getMessage()), e);
        }
        if (size > limitMegabytes * 1024L * 1024L) {
            throw new IOException(NLS.bind(Messages.Attachments_tooLarge,
                    new Object[] { file.getFileName(), megabytes(size), limitMegabytes }));
        }
        Attachment attachment = CoreFactory.eINSTANCE.createAttachment();
        attachment.setName(file.getFileName().toString());
        attachment.setMediaType(mediaType(file.getFileName().toString()));
        try {
            attachment.setContent(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Attachments_unreadable, file, e.getMessage()), e);
        }
        return attachment;
    }

    /** The media type by the file name's extension (what staff attach: scans, photos, documents). */
    public static String mediaType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1); //$NON-NLS-1$
        return switch (extension) {
            case "png" -> "image/png"; //$NON-NLS-1$ //$NON-NLS-2$
            case "jpg", "jpeg" -> "image/jpeg"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "gif" -> "image/gif"; //$NON-NLS-1$ //$NON-NLS-2$
            case "bmp" -> "image/bmp"; //$NON-NLS-1$ //$NON-NLS-2$
            case "tif", "tiff" -> "image/tiff"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "pdf" -> "application/pdf"; //$NON-NLS-1$ //$NON-NLS-2$
            case "doc" -> "application/msword"; //$NON-NLS-1$ //$NON-NLS-2$
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document"; //$NON-NLS-1$ //$NON-NLS-2$
            case "xls" -> "application/vnd.ms-excel"; //$NON-NLS-1$ //$NON-NLS-2$
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; //$NON-NLS-1$ //$NON-NLS-2$
            case "txt" -> "text/plain"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "application/octet-stream"; //$NON-NLS-1$
        };
    }

    public static boolean isImage(Attachment attachment) {
        return attachment.getMediaType() != null && attachment.getMediaType().startsWith("image/"); //$NON-NLS-1$
    }

    /** Megabytes with one decimal, as the messages show sizes. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0); //$NON-NLS-1$
    }
}
