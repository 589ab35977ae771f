package org.garrison.internal.admin;

import java.io.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words of a command line: positional ones in order, {@code --name value} options, {@code --flag} flags. */
final class CommandLine {

    private final List<String> words = new ArrayList<>();
    private final Map<String, String> options = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> flags = new java.util.HashSet<>();
    private final Map<String, String> environment;

    CommandLine(List<String> arguments, java.util.Set<String> flagNames, Map<String, String> environment) {
        this.environment = environment;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("-") && !argument.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
                String name = argument.replaceFirst("^--?", ""); //$NON-NLS-1$ //$NON-NLS-2$
                if (flagNames.contains(name)) {
                    flags.add(name);
                } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) { //$NON-NLS-1$
                    options.put(name, arguments.get(++i));
                } else {
                    throw new IllegalArgumentException(AdminMessages.format("arguments.missingValue", argument)); //$NON-NLS-1$
                }
            } else {
                words.add(argument);
            }
        }
    }

    /** The application's arguments without the command's own name, which the start script passes first. */
    static List<String> arguments(org.eclipse.equinox.app.IApplicationContext context, String command) {
        String[] given = (String[]) context.getArguments().get(org.eclipse.equinox.app.IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = new ArrayList<>(given == null ? List.of() : java.util.Arrays.asList(given));
        if (!arguments.isEmpty() && arguments.get(0).equals(command)) {
            arguments.remove(0);
        }
        return arguments;
    }

    /** Whether the command is to print its usage: nothing asked, or --help. */
    static boolean wantsUsage(List<String> arguments) {
        return arguments.isEmpty() || arguments.contains("--help"); //$NON-NLS-1$
    }

    String word(int at) {
        return at < words.size() ? words.get(at) : null;
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(AdminMessages.format("arguments.required", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    String requiredWord(int at, String what) {
        String value = word(at);
        if (value == null) {
            throw new IllegalArgumentException(AdminMessages.format("arguments.requiredWord", what)); //$NON-NLS-1$
        }
        return value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A secret from its environment variable, else asked on the terminal; never from the command line (others see it there). */
    char[] secret(String variable, String prompt, boolean confirm) {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(AdminMessages.format("arguments.noSecret", variable, prompt)); //$NON-NLS-1$
        }
        char[] first = console.readPassword("%s: ", prompt); //$NON-NLS-1$
        if (confirm) {
            char[] again = console.readPassword("%s: ", AdminMessages.format("arguments.again", prompt)); //$NON-NLS-1$ //$NON-NLS-2$
            if (!java.util.Arrays.equals(first, again)) {
                throw new IllegalArgumentException(AdminMessages.format("arguments.notSame", prompt)); //$NON-NLS-1$
            }
        }
        return first;
    }

    int port(int fallback) {
        String value = options.get("port"); //$NON-NLS-1$
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(AdminMessages.format("arguments.badPort", value)); //$NON-NLS-1$
    }
}
