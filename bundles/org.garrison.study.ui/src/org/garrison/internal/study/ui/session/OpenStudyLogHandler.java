package org.garrison.internal.study.ui.session;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.study.ui.Messages;
import org.garrison.model.study.StudyPackage;
import org.garrison.ui.editor.RecordsEditorInput;

/** 学习登记 (Ctrl+Shift+Y): the year's sessions in one table. */
public class OpenStudyLogHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .openEditor(new RecordsEditorInput(StudyPackage.Literals.STUDY_SESSION, Messages.Log_title), StudyLogEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
