package org.garrison.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Driving the running workbench from a UI test: commands, running the display until something holds,
 * answering modal dialogs, finding controls. Under Xvfb there is no window manager, so tests read
 * and close dialogs themselves.
 */
public final class WorkbenchDriver {

    private WorkbenchDriver() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the command as its menu item or key does, then lets the display catch up. */
    public static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        settle();
    }

    /** Runs what was posted to the display: layout, dirty state, async updates. */
    public static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Runs the display until the condition holds, for at most two minutes (slow machines, large districts). */
    public static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the workbench did not get there within two minutes");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** When a shell titled {@code title} opens, hands it to {@code reader} and closes it (unless the reader did). Call before what opens it. */
    public static void whenOpened(String title, Consumer<Shell> reader) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    reader.accept(shell);
                    if (!shell.isDisposed()) { // the reader may have pressed OK
                        shell.close();
                    }
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
    }

    /**
     * Closes the next dialog titled {@code title} once it is open, and gives the texts of its labels:
     * what the user read in it. Call before the action that opens the modal dialog.
     */
    public static List<String> answerDialog(String title) {
        List<String> read = new ArrayList<>();
        whenOpened(title, shell -> read.addAll(labels(shell)));
        return read;
    }

    /** The non-empty label texts under the composite, depth first. */
    public static List<String> labels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(labels(composite));
            }
        }
        return texts;
    }

    /** The first control of the type under the composite, depth first. */
    public static <T extends Control> T find(Composite parent, Class<T> type) {
        return type.cast(first(parent, type::isInstance));
    }

    /** The button under the composite whose text is {@code text}, with or without its mnemonic ((&amp;A), &amp;); null for none. */
    public static org.eclipse.swt.widgets.Button button(Composite parent, String text) {
        return (org.eclipse.swt.widgets.Button) first(parent, child -> child instanceof org.eclipse.swt.widgets.Button button
                && (button.getText().equals(text) || button.getText().replaceAll("\\(&.\\)", "").replace("&", "").equals(text)));
    }

    /** The control whose data "name" is {@code name} (forms name their fields so), depth first. */
    public static Control named(Composite parent, String name) {
        return first(parent, child -> name.equals(child.getData("name")));
    }

    /** The first control under the composite that passes the test, depth first; null for none. */
    public static Control first(Composite parent, java.util.function.Predicate<Control> test) {
        for (Control child : parent.getChildren()) {
            if (test.test(child)) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = first(composite, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The text field under the composite that shows {@code value}; fails the test when there is none. */
    public static org.eclipse.swt.widgets.Text textShowing(Composite parent, String value) {
        Control found = first(parent, control -> control instanceof org.eclipse.swt.widgets.Text text && text.getText().equals(value));
        if (found == null) {
            throw new AssertionError("no field shows " + value);
        }
        return (org.eclipse.swt.widgets.Text) found;
    }
}
