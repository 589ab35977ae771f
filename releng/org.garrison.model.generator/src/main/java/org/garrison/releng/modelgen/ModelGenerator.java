package org.garrison.releng.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.mwe2.launch.runtime.Mwe2Launcher;

/**
 * Generates the EMF code of org.garrison.model, and the item providers, icons, plugin.xml and
 * Chinese/English labels of org.garrison.model.edit, from
 * {@code bundles/org.garrison.model/model/garrison.genmodel} and the model's display names.
 * <p>
 * {@code write ROOT SCRATCH} replaces each bundle's {@code src-gen} with freshly generated code;
 * {@code check ROOT SCRATCH} only lists the files that differ, so a test can fail when the committed
 * code is stale or was edited by hand.
 */
public final class ModelGenerator {

    /** The bundles and, in each, the files and folders that the generator owns. */
    static final Map<String, List<String>> OWNED = Map.of(
            "org.garrison.model", List.of("src-gen"),
            "org.garrison.model.edit", List.of("src-gen", "icons", "plugin.xml", "plugin.properties", "plugin_en.properties"));

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("write", "check").contains(args[0])) {
            System.err.println("usage: ModelGenerator write|check REPOSITORY_ROOT SCRATCH_FOLDER");
            System.exit(2);
        }
        Path root = Path.of(args[1]).toAbsolutePath();
        Path scratch = Path.of(args[2]).toAbsolutePath();
        generate(root, scratch);
        if (args[0].equals("write")) {
            for (Map.Entry<String, List<String>> bundle : OWNED.entrySet()) {
                for (String path : bundle.getValue()) {
                    replaceTree(scratch.resolve(bundle.getKey()).resolve(path), root.resolve("bundles").resolve(bundle.getKey()).resolve(path));
                }
            }
            System.out.println("generated code written into " + OWNED);
        } else {
            List<String> differences = differences(root, scratch);
            differences.forEach(System.out::println);
            System.exit(differences.isEmpty() ? 0 : 1);
        }
    }

    /** Generates into SCRATCH/<bundle>/src-gen from a copy of the model folder. */
    public static void generate(Path root, Path scratch) throws IOException {
        deleteTree(scratch);
        Path model = root.resolve("bundles/org.garrison.model/model");
        copyTree(model, scratch.resolve("org.garrison.model/model"));
        Files.createDirectories(scratch.resolve("org.garrison.model/src"));
        Files.createDirectories(scratch.resolve("org.garrison.model.edit"));
        // A URI rather than the module name: finding modules by name scans java.class.path, which
        // holds neither exec:java's nor surefire's class path.
        String workflow = ModelGenerator.class.getResource("GenerateGarrisonModel.mwe2").toString();
        new Mwe2Launcher().run(new String[] { workflow, "-p", "scratch=" + scratch.toString().replace('\\', '/') });
        if (!Files.isDirectory(scratch.resolve("org.garrison.model/src-gen"))) {
            throw new IllegalStateException("EMF generated nothing into " + scratch + "; see the output above");
        }
        EditLabels.write(root.resolve("bundles/org.garrison.model"), scratch.resolve("org.garrison.model.edit"));
    }

    /** Files that differ between the bundles' committed src-gen and the freshly generated one. */
    public static List<String> differences(Path root, Path scratch) throws IOException {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> bundle : OWNED.entrySet()) {
            for (String path : bundle.getValue()) {
                String where = bundle.getKey() + "/" + path;
                Map<String, byte[]> committed = contents(root.resolve("bundles").resolve(bundle.getKey()).resolve(path));
                Map<String, byte[]> generated = contents(scratch.resolve(bundle.getKey()).resolve(path));
                for (String file : generated.keySet()) {
                    if (!committed.containsKey(file)) {
                        differences.add(where + file + ": generated but not committed");
                    } else if (!java.util.Arrays.equals(committed.get(file), generated.get(file))) {
                        differences.add(where + file + ": differs from what the model generates");
                    }
                }
                for (String file : committed.keySet()) {
                    if (!generated.containsKey(file)) {
                        differences.add(where + file + ": committed but no longer generated");
                    }
                }
            }
        }
        return differences;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isRegularFile(folder)) {
            files.put("", Files.readAllBytes(folder));
            return files;
        }
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put("/" + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        deleteTree(to);
        if (Files.isDirectory(from)) {
            copyTree(from, to);
        } else if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
