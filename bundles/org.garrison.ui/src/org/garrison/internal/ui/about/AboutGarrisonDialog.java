package org.garrison.internal.ui.about;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.internal.ui.Messages;

/**
 * Says what the product is, its version and its build id, and which release of each area's plug-in runs;
 * 复制 puts the same as text on the clipboard.
 */
public class AboutGarrisonDialog extends Dialog {

    private final BuildInfo buildInfo;

    public AboutGarrisonDialog(Shell parent, BuildInfo buildInfo) {
        super(parent);
        this.buildInfo = buildInfo;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.About_title, Messages.Window_title));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(area);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);

        Label emblem = new Label(area, SWT.NONE);
        emblem.setImage(resources.create(ImageDescriptor.createFromURL(
                getClass().getResource("/icons/garrison64.png")))); //$NON-NLS-1$
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).span(1, 4).applyTo(emblem);

        Label name = new Label(area, SWT.NONE);
        name.setText(Messages.Window_title);
        name.setFont(JFaceResources.getHeaderFont());

        Label description = new Label(area, SWT.WRAP);
        description.setText(Messages.About_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(description);

        Label versionLabel = new Label(area, SWT.NONE);
        versionLabel.setText(NLS.bind(Messages.About_version, buildInfo.version()));

        Label buildIdLabel = new Label(area, SWT.NONE);
        buildIdLabel.setText(NLS.bind(Messages.About_buildId, buildInfo.buildId()));

        if (!buildInfo.areas().isEmpty()) {
            // which release of each area's plug-in runs: what support asks after an update or a department's install
            Label heading = new Label(area, SWT.NONE);
            heading.setText(Messages.About_areas);
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
            Composite plugins = new Composite(area, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 2).applyTo(plugins);
            GridDataFactory.fillDefaults().span(2, 1).indent(12, 0).applyTo(plugins);
            for (BuildInfo.AreaPlugin plugin : buildInfo.areas()) {
                new Label(plugins, SWT.NONE).setText(plugin.area());
                new Label(plugins, SWT.NONE).setText(plugin.version());
            }
        }
        return area;
    }

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, Messages.About_copy, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.About_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { buildInfo.asText(Messages.Window_title) },
                        new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected boolean isResizable() {
        return false;
    }
}
