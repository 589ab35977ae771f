package org.garrison.internal.training.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.RecordsEditorInput;

/**
 * Opens one of the training area's editors of the whole year (schedule, coverage, statistics): the
 * editor's id is the handler's data in plugin.xml ({@code class:editorId}).
 */
public class OpenTrainingEditorHandler extends AbstractHandler implements IExecutableExtension {

    private String editorId = TrainingUi.SCHEDULE;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String id && !id.isBlank()) {
            editorId = id.strip();
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String title = switch (editorId) {
            case TrainingUi.COVERAGE -> Messages.Coverage_title;
            case TrainingUi.STATISTICS -> Messages.Statistics_title;
            default -> Messages.Schedule_title;
        };
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .openEditor(new RecordsEditorInput(TrainingPackage.Literals.TRAINING_BATCH, title), editorId);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
