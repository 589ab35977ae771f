package org.garrison.internal.model.derived;

import org.garrison.model.study.ReadingProgress;

/** Values of the study area computed from the records. */
public final class StudyDerived {

    private StudyDerived() {
    }

    /** Read in full: every chapter of the item is done. */
    public static boolean complete(ReadingProgress progress) {
        return progress.getItem() != null && !progress.getItem().getChapters().isEmpty()
                && progress.getChaptersDone().containsAll(progress.getItem().getChapters());
    }
}
