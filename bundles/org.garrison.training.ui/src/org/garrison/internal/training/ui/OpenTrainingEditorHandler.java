package org.garrison.internal.training.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.RecordsEditorInput;

/** Opens one of the training area's editors of the whole year: schedule, coverage, statistics. */
public abstract class OpenTrainingEditorHandler extends AbstractHandler {

    /** 训练日程 (Ctrl+Shift+T). */
    public static final class Schedule extends OpenTrainingEditorHandler {
        public Schedule() {
            super(TrainingUi.SCHEDULE);
        }
    }

    /** 训练覆盖. */
    public static final class Coverage extends OpenTrainingEditorHandler {
        public Coverage() {
            super(TrainingUi.COVERAGE);
        }
    }

    /** 训练情况统计. */
    public static final class Statistics extends OpenTrainingEditorHandler {
        public Statistics() {
            super(TrainingUi.STATISTICS);
        }
    }

    private final String editorId;

    protected OpenTrainingEditorHandler(String editorId) {
        this.editorId = editorId;
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
                    // the three share their input (the year's batches): matched by editor too, so each opens its own
                    .openEditor(new RecordsEditorInput(TrainingPackage.Literals.TRAINING_BATCH, title), editorId, true,
                            org.eclipse.ui.IWorkbenchPage.MATCH_INPUT | org.eclipse.ui.IWorkbenchPage.MATCH_ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
