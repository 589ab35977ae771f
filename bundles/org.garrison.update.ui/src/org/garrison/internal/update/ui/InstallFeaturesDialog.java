package org.garrison.internal.update.ui;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.update.Feature;
import org.garrison.update.UpdateException;
import org.garrison.update.UpdateSites;

/**
 * 安装新功能: an update site (the preset ones offered, another can be typed), what it offers that the
 * installation lacks, ticked ones installed with 安装.
 */
public final class InstallFeaturesDialog extends TitleAreaDialog {

    /** What the sites offer that the installation lacks (the installation's {@code installable}). */
    @FunctionalInterface
    public interface Offer {
        List<Feature> installable(List<URI> sites, IProgressMonitor monitor) throws UpdateException;
    }

    private final List<URI> presetSites;
    private final Offer offer;
    private Combo site;
    private FeatureTable<Feature> table;
    private List<URI> readSites = List.of();
    private List<Feature> chosen = List.of();

    public InstallFeaturesDialog(Shell parent, List<URI> presetSites, Offer offer) {
        super(parent);
        this.presetSites = presetSites;
        this.offer = offer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Install_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Install_title);
        setMessage(Messages.Install_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Install_site);
        site = new Combo(body, SWT.DROP_DOWN);
        presetSites.forEach(uri -> site.add(uri.toString()));
        if (!presetSites.isEmpty()) {
            site.select(0);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(site);
        Button read = new Button(body, SWT.PUSH);
        read.setText(Messages.Install_read);
        read.addListener(SWT.Selection, event -> read());
        site.addListener(SWT.DefaultSelection, event -> read());
        table = new FeatureTable<>(body,
                new FeatureTable.Column<>(Messages.Column_feature, 220, Feature::name),
                new FeatureTable.Column<>(Messages.Column_version, 180, Feature::version),
                new FeatureTable.Column<>(Messages.Column_description, 320, Feature::description));
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(720, 220).applyTo(table.viewer().getTable());
        table.viewer().addCheckStateListener(event -> updateButtons());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Install_install, false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Cancel, false);
        if (!presetSites.isEmpty()) {
            getShell().getDisplay().asyncExec(() -> {
                if (!site.isDisposed()) {
                    read();
                }
            });
        }
    }

    /** Reads the site in the field and lists what it offers. */
    void read() {
        setErrorMessage(null);
        List<URI> sites = new ArrayList<>();
        try {
            if (!site.getText().isBlank()) {
                sites.add(UpdateSites.parse(site.getText()));
            }
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (sites.isEmpty()) {
            setErrorMessage(Messages.Sites_none);
            return;
        }
        List<Feature> offered;
        try {
            offered = Provisioning.withProgress(getShell(), monitor -> offer.installable(sites, monitor));
        } catch (UpdateException e) {
            table.show(List.of(), false);
            setErrorMessage(e.getMessage());
            updateButtons();
            return;
        } catch (InterruptedException e) {
            return;
        }
        readSites = sites;
        table.show(offered, false);
        if (offered.isEmpty()) {
            setMessage(NLS.bind(Messages.Install_nothing, sites.get(0)));
        } else {
            setMessage(Messages.Install_pick);
            // keyboard users tick with the space bar: the first row is where they start
            table.viewer().getTable().setSelection(0);
        }
        updateButtons();
    }

    private void updateButtons() {
        Button install = getButton(IDialogConstants.OK_ID);
        if (install != null) {
            install.setEnabled(!table.checked().isEmpty());
            if (install.isEnabled()) {
                getShell().setDefaultButton(install);
            }
        }
    }

    @Override
    protected void okPressed() {
        chosen = table.checked();
        super.okPressed();
    }

    /** The features ticked when 安装 was pressed. */
    public List<Feature> chosen() {
        return chosen;
    }

    /** The sites those features were read from. */
    public List<URI> sites() {
        return readSites;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
