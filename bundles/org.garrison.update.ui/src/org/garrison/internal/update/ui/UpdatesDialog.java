package org.garrison.internal.update.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.garrison.update.FeatureChange;

/** 检查更新's list: the features the update sites hold newer versions of, all ticked; 更新 takes the ticked ones. */
public final class UpdatesDialog extends TitleAreaDialog {

    private final List<FeatureChange> updates;
    private FeatureTable<FeatureChange> table;
    private List<FeatureChange> chosen = List.of();

    public UpdatesDialog(Shell parent, List<FeatureChange> updates) {
        super(parent);
        this.updates = updates;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Check_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Check_title);
        setMessage(Messages.Updates_message);
        Composite body = new Composite(area, 0);
        GridLayoutFactory.swtDefaults().applyTo(body);
        body.setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.layout.GridData.FILL_BOTH));
        table = new FeatureTable<>(body,
                new FeatureTable.Column<>(Messages.Column_feature, 260, change -> change.after().name()),
                new FeatureTable.Column<>(Messages.Column_installed, 200, change -> change.before().version()),
                new FeatureTable.Column<>(Messages.Column_new, 200, change -> change.after().version()));
        table.show(updates, true);
        table.viewer().addCheckStateListener(event -> getButton(IDialogConstants.OK_ID).setEnabled(!table.checked().isEmpty()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Updates_update, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Cancel, false);
    }

    @Override
    protected void okPressed() {
        chosen = table.checked();
        super.okPressed();
    }

    /** The updates ticked when 更新 was pressed. */
    public List<FeatureChange> chosen() {
        return chosen;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
