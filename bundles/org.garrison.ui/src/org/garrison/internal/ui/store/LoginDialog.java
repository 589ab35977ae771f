package org.garrison.internal.ui.store;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.garrison.internal.ui.Messages;
import org.garrison.store.StoreSettings;

/**
 * 登录: the user name (remembered from the last login) and the password (never kept) for the shared
 * server, asked before the workbench opens. A refused login is said in the dialog, which stays open
 * for another try.
 */
public final class LoginDialog extends TitleAreaDialog {

    private final StoreSettings.Server server;
    private String user;
    private char[] password;
    private String problem;
    private Text userField;
    private Text passwordField;

    public LoginDialog(Shell parent, StoreSettings.Server server, String problem) {
        super(parent);
        this.server = server;
        this.user = server.user();
        this.problem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Login_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Login_title);
        setMessage(NLS.bind(Messages.Login_message, server.describe()));
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        if (problem != null) {
            // the whole reason, wrapped: the title area shows one line and a half
            Label refused = new Label(fields, SWT.WRAP);
            refused.setText(problem);
            refused.setForeground(refused.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            refused.setData(PROBLEM, Boolean.TRUE);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(WIDTH - 40, SWT.DEFAULT).applyTo(refused);
        }
        new Label(fields, SWT.NONE).setText(Messages.Login_server);
        new Label(fields, SWT.NONE).setText(server.describe() + (server.tls() ? Messages.Login_encrypted : "")); //$NON-NLS-1$
        new Label(fields, SWT.NONE).setText(Messages.Login_user);
        userField = new Text(fields, SWT.BORDER);
        userField.setText(user == null ? "" : user); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(userField);
        new Label(fields, SWT.NONE).setText(Messages.Login_password);
        passwordField = new Text(fields, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordField);
        userField.addModifyListener(event -> updateOk());
        passwordField.addModifyListener(event -> updateOk());
        (user == null || user.isBlank() ? userField : passwordField).setFocus();
        return area;
    }

    /** A long refusal wraps in the message area rather than stretching the dialog across the screen. */
    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point size = getShell().computeSize(WIDTH, SWT.DEFAULT, true);
        return new org.eclipse.swt.graphics.Point(WIDTH, size.y);
    }

    private static final int WIDTH = 640;

    /** The data key of the label that says why the last login was refused. */
    public static final String PROBLEM = "org.garrison.ui.loginProblem"; //$NON-NLS-1$

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Login_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    private void updateOk() {
        if (getButton(IDialogConstants.OK_ID) != null && userField != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!userField.getText().isBlank() && !passwordField.getText().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        user = userField.getText().strip();
        password = passwordField.getText().toCharArray();
        super.okPressed();
    }

    /** The server settings with the user and password given. */
    public StoreSettings.Server settings() {
        return server.as(user, password);
    }
}
