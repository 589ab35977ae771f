package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.jface.action.SubContributionManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.garrison.ui.GarrisonUI;
import org.garrison.model.core.CorePackage;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The workbench as staff meet it: Garrison's perspective, the navigator, the title, the menus and
 * their standard key bindings, the status line. The tests run with {@code -nl zh_CN}.
 */
class WorkbenchTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    @Test
    void opensOnGarrisonPerspective() {
        IWorkbenchPage page = window.getActivePage();
        assertThat(page.getPerspective().getId()).isEqualTo(GarrisonUI.PERSPECTIVE_ID);
    }

    @Test
    void showsTheNavigatorView() {
        IViewPart navigator = window.getActivePage().findView(GarrisonUI.NAVIGATOR_VIEW_ID);
        assertThat(navigator).isNotNull();
        assertThat(window.getActivePage().isPartVisible(navigator)).isTrue();
        assertThat(navigator.getTitle()).startsWith("导航");
        assertThat(((org.eclipse.ui.IWorkbenchPart2) navigator).getPartName()).isEqualTo("导航");
    }

    /** Ctrl+N is 新建记录 and nothing else: the platform's New would otherwise make the workbench ask which of the two. */
    @Test
    void ctrlNIsNewRecordAloneInGarrisonsKeyScheme() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertThat(bindings.getActiveScheme().getId()).isEqualTo("org.garrison.ui.keys");
        window.getActivePage().showView(GarrisonUI.NAVIGATOR_VIEW_ID);
        org.eclipse.jface.bindings.Binding ctrlN = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance("M1+N"));
        assertThat(ctrlN).as("one command on Ctrl+N, no conflict").isNotNull();
        assertThat(ctrlN.getParameterizedCommand().getId()).isEqualTo("org.garrison.ui.newRecord");
        assertThat(bindings.getBestActiveBindingFormattedFor("org.garrison.ui.newRecord")).isEqualTo("Ctrl+N");
        // the platform's defaults stay: Ctrl+S saves
        assertThat(bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.save")).isEqualTo("Ctrl+S");
    }

    @Test
    void windowTitleIsTheProductName() {
        assertThat(window.getShell().getText()).isEqualTo("武装工作平台");
    }

    @Test
    void menuBarHasFileEditWindowHelpInChinese() {
        List<String> labels = Arrays.stream(window.getShell().getMenuBar().getItems()).map(MenuItem::getText).toList();
        assertThat(labels.subList(0, 2)).containsExactly("文件(&F)", "编辑(&E)");
        assertThat(labels.subList(labels.size() - 3, labels.size())).as("the report last of the areas").containsExactly("报告(&R)", "窗口(&W)", "帮助(&H)");
        assertThat(labels.subList(2, labels.size() - 3)).as("areas add their menus between Edit and Window")
                .containsExactly("政治学习(&S)", "军事训练(&T)", "民兵和动员(&M)", "安全管理(&A)");
    }

    @Test
    void editMenuOffersUndoAndRedoWithTheirKeys() {
        List<String> edit = itemsOf(topMenu(1));
        assertThat(edit).anySatisfy(item -> assertThat(item).startsWith("撤销(&U)").contains("Ctrl+Z"));
        assertThat(edit).anySatisfy(item -> assertThat(item).startsWith("重做(&R)"));
    }

    @Test
    void fileMenuOffersSaveRevertAndExit() {
        List<String> file = itemsOf(topMenu(0));
        assertThat(file).anySatisfy(item -> assertThat(item).startsWith("保存(&S)").contains("Ctrl+S"));
        assertThat(file).anySatisfy(item -> assertThat(item).startsWith("退出(&X)"));
        assertThat(file).anySatisfy(item -> assertThat(item).startsWith("还原(&T)"));
    }

    @Test
    void helpMenuOffersAbout() {
        assertThat(itemsOf(topMenu(window.getShell().getMenuBar().getItemCount() - 1))).anySatisfy(item -> assertThat(item).startsWith("关于武装工作平台(&A)"));
    }

    @Test
    void standardCommandsHaveTheirKeys() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertThat(formatted(bindings, "org.eclipse.ui.file.save")).contains("Ctrl+S");
        assertThat(formatted(bindings, "org.eclipse.ui.edit.undo")).contains("Ctrl+Z");
        assertThat(formatted(bindings, "org.eclipse.ui.edit.redo")).contains("Ctrl+Y");
    }

    @Test
    void statusLineShowsTheDataFolder() {
        IViewPart navigator = window.getActivePage().findView(GarrisonUI.NAVIGATOR_VIEW_ID);
        IContributionManager statusLine = ((SubContributionManager) navigator.getViewSite().getActionBars()
                .getStatusLineManager()).getParent();
        IContributionItem item = statusLine.find("org.garrison.ui.status.dataLocation");
        assertThat(item).isInstanceOf(StatusLineContributionItem.class);
        assertThat(((StatusLineContributionItem) item).getText()).startsWith("数据库：").endsWith("garrison-home/garrison");
    }

    @Test
    void theWorkbenchWorksOnTheStoreInTheGarrisonHomeOfferedAsAService() throws Exception {
        Store store = GarrisonUI.getStore();
        assertThat(store).isNotNull();
        assertThat(store.settings()).isInstanceOf(StoreSettings.Embedded.class);
        assertThat(store.settings().describe()).endsWith("garrison-home/garrison");
        BundleContext context = FrameworkUtil.getBundle(WorkbenchTest.class).getBundleContext();
        ServiceReference<Store> reference = context.getServiceReference(Store.class);
        assertThat(reference).as("the open store is an OSGi service").isNotNull();
        assertThat(context.getService(reference)).isSameAs(store);
        context.ungetService(reference);
        try (StoreSession session = store.openSession()) {
            assertThat(session.count(Query.of(CorePackage.Literals.DISTRICT))).isNotNegative();
        }
    }

    private static List<String> formatted(IBindingService bindings, String commandId) {
        return Arrays.stream(bindings.getActiveBindingsFor(commandId)).map(sequence -> sequence.format()).toList();
    }

    private Menu topMenu(int index) {
        return window.getShell().getMenuBar().getItem(index).getMenu();
    }

    /** The texts of a menu's items, after letting the workbench fill it as it does when the menu opens. */
    private static List<String> itemsOf(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        try {
            return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }
}
