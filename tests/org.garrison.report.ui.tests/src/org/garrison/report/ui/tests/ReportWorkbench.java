package org.garrison.report.ui.tests;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;

/** Driving the workbench from the report tests: a stored sample district, commands, waiting, answering dialogs. */
final class ReportWorkbench {

    static final int YEAR = 2026;

    private ReportWorkbench() {
    }

    static void districtStored() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)) == 0) {
                SampleDistrict.generate(20261129, SampleSize.SMALL, YEAR).roots().forEach(session::add);
                session.commit();
            }
        }
    }

    static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        settle();
    }

    static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what was posted
        }
    }

    static void waitUntil(BooleanSupplier condition) {
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

    /** When a shell titled {@code title} opens, hands it to {@code reader} and closes it. Call before what opens it. */
    static void whenOpened(String title, Consumer<Shell> reader) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    reader.accept(shell);
                    shell.close();
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
    }

    /** The first control of the type under the composite, depth first. */
    static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The control whose data "name" is {@code name} (the wizard names its fields so), depth first. */
    static Control named(Composite parent, String name) {
        for (Control child : parent.getChildren()) {
            if (name.equals(child.getData("name"))) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = named(composite, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
