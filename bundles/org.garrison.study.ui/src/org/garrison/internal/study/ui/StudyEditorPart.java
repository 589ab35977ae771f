package org.garrison.internal.study.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.garrison.model.study.StudyLedger;
import org.garrison.ui.editor.LedgerEditorPart;

/**
 * The base of the study area's editors: the study ledger read whole into the editor's session
 * first (a year of study is a few hundred records), so that groups, regimes, books and make-ups are
 * at hand; refused with a message when the database holds no ledger yet.
 */
public abstract class StudyEditorPart extends LedgerEditorPart<StudyLedger> {

    protected StudyEditorPart() {
        super(org.garrison.model.study.StudyPackage.Literals.STUDY_LEDGER);
    }

    @Override
    protected String noLedger() {
        return Messages.Study_noLedgerEditor;
    }

    /** A read-only list of the last five years, this year chosen. */
    protected static Combo yearCombo(Composite parent) {
        Combo years = new Combo(parent, SWT.READ_ONLY);
        int thisYear = StudyUi.today().getYear();
        for (int y = thisYear - 4; y <= thisYear; y++) {
            years.add(String.valueOf(y));
        }
        years.select(4);
        return years;
    }

    /** Chooses the year in the list, adding it when it is older than the list. */
    protected static void select(Combo years, int year) {
        if (years.indexOf(String.valueOf(year)) < 0) {
            years.add(String.valueOf(year), 0);
        }
        years.select(years.indexOf(String.valueOf(year)));
    }
}
