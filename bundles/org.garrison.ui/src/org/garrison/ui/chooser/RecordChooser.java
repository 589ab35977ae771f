package org.garrison.ui.chooser;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.chooser.RecordChooserDialog;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.StoreSession;

/**
 * The one way to choose records for a reference: a dialog that searches the store with the type's
 * {@link ChooserProfiles profiles}. The records chosen are read into the given session (an editor's own),
 * so they can go straight into the edited record.
 */
public final class RecordChooser {

    private RecordChooser() {
    }

    /** Whether records of the type can be chosen (some profile serves it). */
    public static boolean canChoose(EClass type) {
        return !ChooserProfiles.of(type).isEmpty();
    }

    /**
     * Opens the chooser; answers what the user chose, empty when cancelled.
     *
     * @param many           whether several may be chosen (then "add all shown" and "not yet chosen" are offered)
     * @param alreadyChosen  the values the reference holds, left out while "not yet chosen" is on
     */
    public static List<EObject> choose(Shell shell, StoreSession session, EClass type, boolean many, Collection<? extends EObject> alreadyChosen) {
        List<ChooserProfile> profiles = ChooserProfiles.of(type);
        if (profiles.isEmpty()) {
            return List.of();
        }
        RecordChooserDialog dialog = new RecordChooserDialog(shell, NLS.bind(Messages.Chooser_title, ModelLabels.of(type, Locale.getDefault())),
                session, profiles, many, alreadyChosen);
        return dialog.open() == Window.OK ? dialog.chosen() : List.of();
    }
}
