package org.garrison.internal.ui.store;

import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.ui.Messages;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSettings;
import org.garrison.ui.GarrisonUI;

/** 文件 > 更改密码…: the logged-in user's new password, typed twice; only on a shared server. */
public final class ChangePasswordHandler extends AbstractHandler {

    @Override
    public boolean isEnabled() {
        Store store = GarrisonUI.getStore();
        return store != null && store.settings() instanceof StoreSettings.Server;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Store store = GarrisonUI.getStore();
        if (store == null) {
            return null;
        }
        NewPasswordDialog dialog = new NewPasswordDialog(shell, store.access().user());
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        try {
            store.changePassword(dialog.password);
            MessageDialog.openInformation(shell, Messages.Password_title, NLS.bind(Messages.Password_changed, store.access().user()));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.Password_title, e.getMessage());
        } finally {
            Arrays.fill(dialog.password, '\0');
        }
        return null;
    }

    private static final class NewPasswordDialog extends TitleAreaDialog {

        private final String user;
        private Text first;
        private Text second;
        private char[] password;

        NewPasswordDialog(Shell parent, String user) {
            super(parent);
            this.user = user;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Password_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle(Messages.Password_title);
            setMessage(NLS.bind(Messages.Password_message, user));
            Composite fields = new Composite(area, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
            new Label(fields, SWT.NONE).setText(Messages.Password_new);
            first = new Text(fields, SWT.BORDER | SWT.PASSWORD);
            GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(first);
            new Label(fields, SWT.NONE).setText(Messages.Password_again);
            second = new Text(fields, SWT.BORDER | SWT.PASSWORD);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
            first.addModifyListener(e -> check());
            second.addModifyListener(e -> check());
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            getButton(IDialogConstants.OK_ID).setEnabled(false);
        }

        private void check() {
            String problem = null;
            if (first.getText().length() < 8) {
                problem = Messages.Password_tooShort;
            } else if (!first.getText().equals(second.getText())) {
                problem = Messages.Password_notSame;
            }
            setErrorMessage(problem);
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }

        @Override
        protected void okPressed() {
            password = first.getText().toCharArray();
            super.okPressed();
        }
    }
}
