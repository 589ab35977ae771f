package org.garrison.internal.mobilization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** The command lines of {@code garrison roster import} and {@code garrison roster export}. */
final class RosterArguments {

    record Import(Path file, UnitPlacement placement, boolean dryRun, boolean allOrNothing, Path problems, List<String> storeArguments) {
    }

    record Export(Path file, UnitRolls.Roll roll, RollScope scope, int year, List<String> storeArguments) {
    }

    private RosterArguments() {
    }

    static Import parseImport(List<String> arguments) {
        Common common = new Common();
        UnitPlacement placement = null;
        boolean dryRun = false;
        boolean allOrNothing = false;
        Path problems = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
            case "--unit" -> placement = only(placement, Messages.Headless_onePlacement, UnitPlacement.oneUnit(value(arguments, i++))); //$NON-NLS-1$
            case "--by-town" -> placement = only(placement, Messages.Headless_onePlacement, UnitPlacement.byPlace(false)); //$NON-NLS-1$
            case "--create-units" -> placement = only(placement, Messages.Headless_onePlacement, UnitPlacement.byPlace(true)); //$NON-NLS-1$
            case "--dry-run" -> dryRun = true; //$NON-NLS-1$
            case "--all-or-nothing" -> allOrNothing = true; //$NON-NLS-1$
            case "--problems" -> problems = table(value(arguments, i++)); //$NON-NLS-1$
            default -> i = common.take(arguments, i, RosterArguments::table);
            }
        }
        return new Import(common.file(Messages.Headless_noImportFile), placement == null ? UnitPlacement.fromColumn() : placement, dryRun, allOrNothing,
                problems, List.copyOf(common.store));
    }

    static Export parseExport(List<String> arguments) {
        Common common = new Common();
        UnitRolls.Roll roll = UnitRolls.Roll.MEMBERS;
        RollScope scope = null;
        int year = java.time.LocalDate.now().getYear();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
            case "--town" -> scope = only(scope, Messages.Headless_oneScope, RollScope.town(value(arguments, i++))); //$NON-NLS-1$
            case "--unit" -> scope = only(scope, Messages.Headless_oneScope, RollScope.unit(value(arguments, i++))); //$NON-NLS-1$
            case "--roll" -> roll = roll(value(arguments, i++)); //$NON-NLS-1$
            case "--year" -> year = year(value(arguments, i++)); //$NON-NLS-1$
            default -> i = common.take(arguments, i, RosterArguments::rollFile);
            }
        }
        return new Export(common.file(Messages.Headless_noExportFile), roll, scope == null ? RollScope.district() : scope, year, List.copyOf(common.store));
    }

    private static UnitRolls.Roll roll(String name) {
        return switch (name) {
        case "members", "人员花名册" -> UnitRolls.Roll.MEMBERS; //$NON-NLS-1$ //$NON-NLS-2$
        case "movements", "出入转队花名册" -> UnitRolls.Roll.MOVEMENTS; //$NON-NLS-1$ //$NON-NLS-2$
        case "musters", "集结点验登记册" -> UnitRolls.Roll.MUSTERS; //$NON-NLS-1$ //$NON-NLS-2$
        default -> throw new IllegalArgumentException(NLS.bind(Messages.Headless_badRoll, name));
        };
    }

    private static int year(String text) {
        if (!text.strip().matches("\\d{4}")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(Messages.Headless_badYear, text));
        }
        return Integer.parseInt(text.strip());
    }

    /** One of several options that exclude each other: a second is refused with the message. */
    private static <T> T only(T chosen, String message, T another) {
        if (chosen != null) {
            throw new IllegalArgumentException(message);
        }
        return another;
    }

    /** What every roster command takes besides its own options: the store's options and one file. */
    private static final class Common {

        private final List<String> store = new ArrayList<>();
        private Path file;

        /** Takes the argument at {@code at}; answers the index of the last argument it used. */
        int take(List<String> arguments, int at, java.util.function.Function<String, Path> asFile) {
            String argument = arguments.get(at);
            if (HeadlessRoster.isStoreOption(argument)) {
                store.add(argument);
                store.add(value(arguments, at));
                return at + 1;
            }
            if (argument.startsWith("-")) { //$NON-NLS-1$
                throw new IllegalArgumentException(NLS.bind(Messages.Headless_unknownOption, argument));
            }
            if (file != null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Headless_extraArgument, argument));
            }
            file = asFile.apply(argument);
            return at;
        }

        Path file(String missing) {
            if (file == null) {
                throw new IllegalArgumentException(missing);
            }
            return file;
        }
    }

    private static Path table(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(NLS.bind(Messages.Headless_notATable, name));
        }
        return Path.of(name).toAbsolutePath();
    }

    private static Path rollFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv") && !lower.endsWith(".docx")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new IllegalArgumentException(NLS.bind(Messages.Headless_notARollFile, name));
        }
        return Path.of(name).toAbsolutePath();
    }

    private static String value(List<String> arguments, int at) {
        if (at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("--")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(Messages.Headless_missingValue, arguments.get(at)));
        }
        return arguments.get(at + 1);
    }
}
