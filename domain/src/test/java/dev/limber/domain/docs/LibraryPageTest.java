package dev.limber.domain.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.limber.domain.docs.MarkedBlocks.Block;
import dev.limber.domain.store.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md as a reader would use it: every {@code <!-- runnable -->} Java block is a whole
 * source file; they are compiled together against the domain as a module (so a block reaching
 * into a package the module does not export does not compile), every one with a {@code main} is
 * run, and what it prints must be the {@code <!-- output -->} block after it. The page cannot
 * show code that does not compile or output it does not print.
 */
class LibraryPageTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);

    @TempDir
    static Path work;

    private static Path page;
    private static List<Block> blocks;
    private static Path classes;

    @BeforeAll
    static void compileThePage() throws IOException {
        page = MarkedBlocks.page("library.md");
        blocks = MarkedBlocks.of(page);
        Path sources = Files.createDirectories(work.resolve("src"));
        classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Block block : runnable()) {
            Path file = sources.resolve(typeName(block) + ".java");
            Files.writeString(file, block.text(), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    // Java 17, the page's promise, whatever JDK runs the build.
                    "--release",
                    "17",
                    "--module-path",
                    domainLocation().toString(),
                    "--add-modules",
                    "dev.limber.domain",
                    // Not the test's class path (javac's default), where the domain's classes are too.
                    "--class-path",
                    classes.toString(),
                    "-d",
                    classes.toString(),
                    "-Xlint:all",
                    "-Werror");
            boolean compiled = compiler.getTask(
                            null,
                            fileManager,
                            diagnostics,
                            options,
                            null,
                            fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!compiled) {
                fail("the Java blocks of " + page.getFileName() + " do not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                                .map(LibraryPageTest::describe)
                                .collect(Collectors.joining("\n")));
            }
        }
    }

    @Test
    void everyJavaBlockOfThePageIsMarkedRunnable() throws IOException {
        long fences = Files.readAllLines(page).stream()
                .filter(line -> line.startsWith("```java"))
                .count();
        assertEquals(fences, runnable().size(), "every ```java block of library.md has <!-- runnable --> before it");
        assertFalse(runnable().isEmpty());
    }

    @Test
    void everyExampleRunsAndPrintsWhatThePageShows() throws Exception {
        Map<Block, String> shown = expectedOutputs();
        List<Executable> checks = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Block block : runnable()) {
                Class<?> type = loader.loadClass(typeName(block));
                Method main = mainOf(type);
                if (main == null) {
                    checks.add(() -> assertFalse(
                            shown.containsKey(block),
                            block.place(page) + ": an output block after a class without main"));
                    continue;
                }
                String printed = run(main);
                if (shown.containsKey(block)) {
                    checks.add(() -> assertEquals(
                            shown.get(block),
                            printed,
                            block.place(page) + ": what " + type.getSimpleName() + " prints"));
                }
            }
        }
        assertFalse(checks.isEmpty());
        assertAll(checks);
    }

    /** The page's examples are an app's code: they use the packages the module exports and the JDK. */
    @Test
    void theExamplesUseExportedPackagesOnly() throws IOException {
        JavaClasses examples = new ClassFileImporter().importPath(classes);
        List<String> allowed = new ArrayList<>(exports());
        allowed.add("java..");
        allowed.add("");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .check(examples);
    }

    private static List<Block> runnable() {
        return blocks.stream()
                .filter(block -> block.marker().equals(MarkedBlocks.RUNNABLE))
                .toList();
    }

    /** Each output block belongs to the runnable block before it. */
    private static Map<Block, String> expectedOutputs() {
        Map<Block, String> outputs = new LinkedHashMap<>();
        Block last = null;
        for (Block block : blocks) {
            if (block.marker().equals(MarkedBlocks.RUNNABLE)) {
                last = block;
            } else if (block.marker().equals(MarkedBlocks.OUTPUT)) {
                assertTrue(
                        last != null && !outputs.containsKey(last),
                        block.place(page) + ": an output block without its example");
                outputs.put(last, block.text());
            }
        }
        return outputs;
    }

    private static String typeName(Block block) {
        Matcher type = PUBLIC_TYPE.matcher(block.text());
        if (!type.find()) {
            throw new IllegalStateException(block.place(page) + ": a runnable Java block declares one public type");
        }
        return type.group(1);
    }

    private static Method mainOf(Class<?> type) {
        try {
            Method main = type.getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) ? main : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    /** Runs one example with System.out captured; examples run one at a time. */
    private static String run(Method main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static Path domainLocation() {
        try {
            return Path.of(InMemoryStore.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> exports() {
        ModuleReference domain =
                ModuleFinder.of(domainLocation()).find("dev.limber.domain").orElseThrow();
        return domain.descriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .toList();
    }

    /** A compiler message placed on the page: the block's first line plus the line in the file. */
    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return diagnostic.getMessage(Locale.ROOT);
        }
        String file = Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        String where = runnable().stream()
                .filter(block -> (typeName(block) + ".java").equals(file))
                .findFirst()
                .map(block -> page.getFileName() + ":" + (block.line() + diagnostic.getLineNumber()))
                .orElse(file + ":" + diagnostic.getLineNumber());
        return where + ": " + diagnostic.getMessage(Locale.ROOT);
    }
}
