package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A process killed (SIGKILL) in the middle of a large commit leaves a database that opens cleanly,
 * holding every earlier commit and nothing of the interrupted one.
 */
class CrashRecoveryTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledCommitLeavesNothingAndLosesNothingEarlier() throws Exception {
        String name = "crash-" + System.nanoTime();
        StoreSettings.Embedded settings = new StoreSettings.Embedded(TestDatabases.DATA_FOLDER, name, null);
        int before = earlierCommits(settings);

        Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), CrashingCommit.class.getName(),
                TestDatabases.DATA_FOLDER.toString(), name).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> readLines(child, output));
        awaitLine(child, output, CrashingCommit.HALFWAY);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the database
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        assertThat(output).as("killed in the middle of the commit, not after it").doesNotContain(CrashingCommit.COMMITTED);
        assertThat(child.exitValue()).isEqualTo(137);

        DerbyStore reopened = open(settings);
        try (StoreSession session = reopened.openSession()) {
            assertThat(session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER))).isEqualTo(6);
            assertThat(session.count(Query.of(CorePackage.Literals.PERSON))).isEqualTo(6);
            assertThat(objectCount(session)).isEqualTo(before);
            Person zhao = session.<Person>list(Query.of(CorePackage.Literals.PERSON).where(Condition.eq(CorePackage.Literals.PERSON__NAME, "赵一"))).get(0);
            assertThat(zhao.getPhone()).as("the second earlier commit").isEqualTo("13800000000");
        }
        reopened.close();
    }

    /** Two commits before the crash: the fixture, then a change to it. Answers the number of stored objects. */
    private static int earlierCommits(StoreSettings.Embedded settings) throws Exception {
        DerbyStore store = open(settings);
        MilitiaFixture.storeInto(store);
        try (StoreSession session = store.openSession()) {
            Person zhao = session.<Person>list(Query.of(CorePackage.Literals.PERSON).where(Condition.eq(CorePackage.Literals.PERSON__NAME, "赵一"))).get(0);
            zhao.setPhone("13800000000");
            session.commit();
            int count = objectCount(session);
            store.close(); // the child process boots the database itself
            return count;
        }
    }

    private static DerbyStore open(StoreSettings.Embedded settings) throws Exception {
        return DerbyStore.open(settings, ModelPackages.ALL, records -> new BasicDiagnostic(), List.of());
    }

    private static int objectCount(StoreSession session) throws Exception {
        int count = 0;
        for (org.eclipse.emf.ecore.EPackage ePackage : ModelPackages.ALL) {
            for (org.eclipse.emf.ecore.EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof org.eclipse.emf.ecore.EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    count += (int) session.count(Query.of(eClass));
                }
            }
        }
        return count;
    }

    private static void awaitLine(Process child, List<String> output, String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!output.contains(line)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the committing process did not get to its commit: " + String.join("\n", output) + "\nclass path: " + classPath());
            }
            Thread.sleep(20);
        }
    }

    private static void readLines(Process child, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add(e.toString());
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Where the framework resolves relative bundle locations (Tycho's test runtime writes them relative to it). */
    private static Path installArea() {
        String area = System.getProperty("osgi.install.area", ""); //$NON-NLS-1$
        return area.startsWith("file:") ? Path.of(area.substring("file:".length())) : Path.of("").toAbsolutePath();
    }

    /** The plain class path of every bundle in this test's framework: its jar, or a reactor project's class folders. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(CrashRecoveryTest.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                continue;
            }
            Path path = installArea().resolve(location.substring(file + "file:".length())).normalize();
            if (Files.isRegularFile(path)) {
                entries.add(path.toString());
            } else if (Files.isDirectory(path)) {
                Stream.of("target/classes", "target/test-classes", "bin").map(path::resolve).filter(Files::isDirectory)
                        .forEach(folder -> entries.add(folder.toString()));
            }
        }
        String framework = System.getProperty("osgi.framework", ""); // the system bundle has no file location
        if (framework.startsWith("file:")) {
            entries.add(framework.substring("file:".length()));
        }
        return String.join(File.pathSeparator, entries);
    }
}
