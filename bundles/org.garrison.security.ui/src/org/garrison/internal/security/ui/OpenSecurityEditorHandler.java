package org.garrison.internal.security.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.ui.editor.RecordsEditorInput;

/** Opens one of the security area's editors of the whole ledger: due list, register, hazard board, activities, statistics. */
public abstract class OpenSecurityEditorHandler extends AbstractHandler {

    /** 到期维护 (Ctrl+Shift+A). */
    public static final class DueList extends OpenSecurityEditorHandler {
        public DueList() {
            super(SecurityUi.DUE_LIST, Literals.MAINTENANCE_PLAN);
        }
    }

    /** 设施设备台账. */
    public static final class Register extends OpenSecurityEditorHandler {
        public Register() {
            super(SecurityUi.REGISTER, Literals.ASSET);
        }
    }

    /** 隐患整改. */
    public static final class Hazards extends OpenSecurityEditorHandler {
        public Hazards() {
            super(SecurityUi.HAZARD_BOARD, Literals.HAZARD);
        }
    }

    /** 季度安全活动. */
    public static final class Activities extends OpenSecurityEditorHandler {
        public Activities() {
            super(SecurityUi.ACTIVITIES, Literals.SAFETY_ACTIVITY);
        }
    }

    /** 安全管理情况. */
    public static final class Statistics extends OpenSecurityEditorHandler {
        public Statistics() {
            super(SecurityUi.STATISTICS, Literals.SECURITY_LEDGER);
        }
    }

    private final String editorId;
    private final EClass listed;

    protected OpenSecurityEditorHandler(String editorId, EClass listed) {
        this.editorId = editorId;
        this.listed = listed;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String title = switch (editorId) {
            case SecurityUi.REGISTER -> Messages.Register_title;
            case SecurityUi.HAZARD_BOARD -> Messages.Board_title;
            case SecurityUi.ACTIVITIES -> Messages.Matrix_title;
            case SecurityUi.STATISTICS -> Messages.Statistics_title;
            default -> Messages.DueList_title;
        };
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(new RecordsEditorInput(listed, title), editorId, true,
                    IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
