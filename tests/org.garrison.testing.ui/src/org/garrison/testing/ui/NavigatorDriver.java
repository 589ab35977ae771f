package org.garrison.testing.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.garrison.ui.GarrisonUI;

/**
 * Drives the navigator (业务导航) as a user does: its areas, kinds, groups and records by the texts shown,
 * expanded and selected through its viewer. For a department's tests as much as for Garrison's.
 */
public final class NavigatorDriver {

    private NavigatorDriver() {
    }

    /** The navigator's viewer, the view shown first. */
    public static TreeViewer viewer() throws PartInitException {
        return (TreeViewer) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(GarrisonUI.NAVIGATOR_VIEW_ID).getViewSite().getSelectionProvider();
    }

    public static Tree tree() throws PartInitException {
        return viewer().getTree();
    }

    /** Expands the item as a click on its arrow does: SWT's setExpanded sends no event, so the viewer is asked to fill it. */
    public static void expand(TreeItem item) {
        item.setExpanded(true);
        open().setExpandedState(item.getData(), true);
        WorkbenchDriver.settle();
    }

    /** Selects the item as a click does, so that commands (新建, 删除) act on it. */
    public static void select(TreeItem item) {
        open().setSelection(new StructuredSelection(item.getData()), true);
        WorkbenchDriver.settle();
    }

    /** The viewer of the navigator already shown (an item of it is at hand). */
    private static TreeViewer open() {
        return (TreeViewer) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(GarrisonUI.NAVIGATOR_VIEW_ID).getViewSite().getSelectionProvider();
    }

    /**
     * The item found by following the texts from the top (an area, a kind, a group...), expanding each on the way;
     * waits up to ten seconds for the navigator to show it, then fails naming what it showed instead.
     */
    public static TreeItem item(String... path) throws PartInitException {
        Tree tree = tree();
        long deadline = System.currentTimeMillis() + 10_000;
        TreeItem found;
        while ((found = follow(tree, path)) == null && System.currentTimeMillis() < deadline) {
            WorkbenchDriver.settle();
        }
        if (found == null) {
            throw new AssertionError("the navigator shows no " + String.join(" > ", path) + "; at the top: " + texts(tree.getItems()));
        }
        return found;
    }

    private static TreeItem follow(Tree tree, String... path) {
        TreeItem[] items = tree.getItems();
        TreeItem found = null;
        for (String text : path) {
            found = find(items, text);
            if (found == null) {
                return null;
            }
            expand(found);
            items = found.getItems();
        }
        return found;
    }

    /** Waits up to ten seconds for the lookup to find something, settling the display in between; null if it never does. */
    public static <T> T await(Supplier<T> lookup) {
        long deadline = System.currentTimeMillis() + 10_000;
        T found;
        while ((found = lookup.get()) == null && System.currentTimeMillis() < deadline) {
            WorkbenchDriver.settle();
        }
        return found;
    }

    /** The item showing the text, alone or followed by its count as the navigator shows kinds and groups: 国防教育活动 (3). */
    public static TreeItem find(TreeItem[] items, String text) {
        return Arrays.stream(items).filter(item -> text.equals(item.getText()) || item.getText().matches(java.util.regex.Pattern.quote(text) + " \\(\\d+\\)"))
                .findFirst().orElse(null);
    }

    public static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }
}
