package org.garrison.internal.study.ui.reading;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.study.ui.Messages;
import org.garrison.model.study.StudyPackage;
import org.garrison.ui.editor.RecordsEditorInput;

/** 读书情况: who has read what of the year's books. */
public class OpenReadingMatrixHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .openEditor(new RecordsEditorInput(StudyPackage.Literals.READING_ITEM, Messages.Reading_title), ReadingMatrixEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
