package org.garrison.mobilization.ui.tests;

import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;


/** Driving the mobilization editors from a test: the roster opened and loaded. */
final class Workbench {

    private Workbench() {
    }

    /** Opens the roster by its command and waits until it shows every stored member. */
    static org.garrison.internal.mobilization.ui.roster.RosterEditor openRoster() throws Exception {
        command("org.garrison.mobilization.openRoster");
        var roster = (org.garrison.internal.mobilization.ui.roster.RosterEditor) page().getActiveEditor();
        roster.joinLoading(new org.eclipse.core.runtime.NullProgressMonitor());
        long stored = CompactDistrict.members();
        waitUntil(() -> roster.members().size() == stored);
        settle();
        return roster;
    }
}
