package org.garrison.internal.ui.firststart;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.internal.ui.Messages;
import org.garrison.sample.SampleSize;

/**
 * Offered when the workbench opens on an empty database: create a sample district (small, medium
 * or large) to learn the product on, or start empty. {@link #choice()} is the size, or null for empty.
 */
public final class FirstStartDialog extends TitleAreaDialog {

    private final String location;
    private SampleSize choice = SampleSize.SMALL;

    public FirstStartDialog(Shell parent, String location) {
        super(parent);
        this.location = location;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.FirstStart_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.FirstStart_heading);
        setMessage(NLS.bind(Messages.FirstStart_message, location));
        Composite choices = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(15, 10).spacing(5, 8).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(choices);
        new Label(choices, SWT.WRAP).setText(Messages.FirstStart_question);
        for (SampleSize size : SampleSizes.OFFERED) {
            radios.put(size, radio(choices, NLS.bind(Messages.FirstStart_sizeMeasuring, SampleSizes.label(size)), size));
        }
        radio(choices, Messages.FirstStart_empty, null);
        measureTimings();
        return area;
    }

    private final java.util.Map<SampleSize, Button> radios = new java.util.EnumMap<>(SampleSize.class);
    private java.util.Map<SampleSize, java.time.Duration> timings;

    /** Each size says roughly how long it takes on this machine, once measured in the background. */
    private org.eclipse.core.runtime.jobs.Job measuring;

    private void measureTimings() {
        org.eclipse.swt.widgets.Display display = getShell().getDisplay();
        measuring = org.eclipse.core.runtime.jobs.Job.create(Messages.FirstStart_measuring, monitor -> {
            java.util.Map<SampleSize, java.time.Duration> measured;
            try {
                measured = SampleTimings.measure(org.garrison.internal.ui.store.WorkbenchStore.provider(), SampleDistrictJob.writtenOn());
            } catch (org.garrison.store.StoreException | java.io.IOException | RuntimeException e) {
                measured = null;
            }
            java.util.Map<SampleSize, java.time.Duration> shown = measured;
            // the user may have chosen and closed the dialog before the measurement ended
            if (!monitor.isCanceled() && !display.isDisposed()) {
                display.asyncExec(() -> showTimings(shown));
            }
        });
        measuring.setSystem(true);
        measuring.schedule();
    }

    @Override
    public boolean close() {
        if (measuring != null) {
            measuring.cancel();
        }
        return super.close();
    }

    private void showTimings(java.util.Map<SampleSize, java.time.Duration> measured) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        timings = measured;
        radios.forEach((size, radio) -> {
            if (!radio.isDisposed()) {
                radio.setText(measured == null ? SampleSizes.label(size)
                        : NLS.bind(Messages.FirstStart_sizeTakes, SampleSizes.label(size), SampleSizes.duration(measured.get(size))));
            }
        });
        radios.values().iterator().next().getParent().layout(true);
        getShell().layout(true, true);
    }

    /** The measured time of each size (null until measured, or when it could not be). */
    public java.util.Map<SampleSize, java.time.Duration> timings() {
        return timings;
    }

    /** The radio button of a size (tests read what it says). */
    public Button radio(SampleSize size) {
        return radios.get(size);
    }

    private Button radio(Composite parent, String text, SampleSize size) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(size);
        button.setSelection(size == choice);
        button.addListener(SWT.Selection, event -> {
            if (button.getSelection()) {
                choice = size;
            }
        });
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.FirstStart_start, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The sample size chosen, or null to start with an empty database. */
    public SampleSize choice() {
        return choice;
    }
}
