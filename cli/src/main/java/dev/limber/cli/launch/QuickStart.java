package dev.limber.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CLI jar's entry point: {@code java -jar limber-cli.jar ARGS} starts a command that does real
 * work (one that may open the database, read or print documents) in a second JVM with the options
 * {@code bin/limber} gives it: the class-data archive of this jar ({@link ClassDataArchive}, made
 * by the first such run, as it ends) and the quick-starting JIT tier only. That JVM runs the same
 * jar with the same JVM options, arguments, environment, working folder, standard input, output
 * and error; this one waits for it and exits with its status.
 *
 * <p>Why: a command that opens the database spends most of its time loading and compiling code
 * it runs once (about 5,000 classes; the optimising compiler alone took a third of the CPU time),
 * and a jar cannot set JVM options for itself. Starting a JVM costs far less than that (measured
 * in docs/benchmarks.md, "CLI start-up"). {@code bin/limber}, which passes the options straight
 * away, stays the quickest.
 *
 * <p>The command runs here, in this JVM, when that would gain nothing or could differ: help and
 * version output and {@code completion}; JVM options that already choose a class-data archive, a
 * JIT tier or sharing (as {@code bin/limber} does, and the second JVM itself); a start other than
 * {@code java [OPTIONS] -jar JAR ARGS} as this process's command line shows it; no {@code java}
 * beside this JVM's; or {@code -Dlimber.quick-start=off} / {@code LIMBER_QUICK_START=off}.
 */
public final class QuickStart {
    static final String SWITCH_PROPERTY = "limber.quick-start";
    static final String SWITCH_VARIABLE = "LIMBER_QUICK_START";
    /** The quick-starting tier: a command is over before the optimising compiler's work pays off. */
    static final String JIT_OPTION = "-XX:TieredStopAtLevel=1";

    /** Output a user reads at once: a second JVM would only add its own start. */
    private static final Set<String> LIGHT_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private static final Set<String> LIGHT_COMMANDS = Set.of("help", "completion");
    /** JVM options by which the user (or bin/limber, or this class) already chose how the JVM starts. */
    private static final List<String> CHOSEN_ALREADY = List.of(
            "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit",
            "-XX:TieredStopAtLevel",
            "-XX:-TieredCompilation",
            "-XX:+AutoCreateSharedArchive",
            "-XX:AOTCache",
            "-XX:AOTCacheOutput",
            "-XX:AOTMode",
            "-XX:AOTConfiguration",
            "-Xshare",
            "-Xint",
            "-D" + SWITCH_PROPERTY + "=");

    private QuickStart() {}

    public static void main(String[] args) {
        Optional<Integer> status = Optional.empty();
        try {
            status = relaunch(args);
        } catch (IOException | RuntimeException cannotStart) {
            // No second JVM: the command runs here, as it would without this class.
        }
        if (status.isPresent()) {
            System.exit(status.get());
        }
        dev.limber.cli.Limber.main(args);
    }

    /** Runs the command in a second JVM and returns its exit status; empty when it runs here instead. */
    private static Optional<Integer> relaunch(String[] args) throws IOException {
        if (switchedOff(System.getProperty(SWITCH_PROPERTY), System.getenv(SWITCH_VARIABLE)) || !worthIt(args)) {
            return Optional.empty();
        }
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        Optional<Start> start = commandLine.flatMap(arguments -> Start.of(List.of(arguments), args));
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (start.isEmpty() || start.get().choseAlready() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path jar = Path.of(start.get().jar()).toAbsolutePath();
        ClassDataArchive archive =
                ClassDataArchive.of(jar, Runtime.version().feature(), System.getenv(), System.getProperty("user.home"));
        Path output = null;
        List<String> archiveOptions = List.of();
        if (archive.exists()) {
            archiveOptions = archive.useOptions();
        } else if (makeFolder(archive.folder())) {
            output = archive.output(ProcessHandle.current().pid());
            archiveOptions = archive.makeOptions(output);
        }
        List<String> command = start.get().command(java.toString(), archiveOptions);
        Process second = new ProcessBuilder(command).inheritIO().start();
        // Stopped (kill, a closed terminal): stop the second JVM too, not leave it running alone.
        Runtime.getRuntime().addShutdownHook(new Thread(second::destroy));
        int status = awaitEnd(second);
        if (output != null) {
            try {
                archive.install(output);
            } catch (IOException notKept) {
                // the next run makes it again
            }
        }
        return Optional.of(status);
    }

    static boolean switchedOff(String property, String variable) {
        return isOff(property) || isOff(variable);
    }

    private static boolean isOff(String value) {
        return value != null
                && Set.of("off", "false", "no", "0").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the command does enough for a second, quicker JVM to pay: not help, version or completion. */
    static boolean worthIt(String[] args) {
        if (args.length == 0 || LIGHT_COMMANDS.contains(args[0])) {
            return false;
        }
        return Arrays.stream(args).noneMatch(LIGHT_OPTIONS::contains);
    }

    private static boolean makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException | SecurityException cannot) {
            return false;
        }
    }

    private static int awaitEnd(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException interrupted) {
                // keep waiting: this JVM has nothing else to do, and its status is the second one's
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * This JVM's start as its command line shows it: {@code java [OPTIONS] -jar JAR ARGS}.
     *
     * @param options the JVM options before {@code -jar}, as given
     * @param jar     the jar, as given
     * @param args    the command's arguments
     */
    record Start(List<String> options, String jar, List<String> args) {

        /**
         * Reads {@code arguments} (the command line after the executable); empty unless it is
         * {@code [OPTIONS] -jar JAR ARGS} with exactly the arguments the command got (an
         * {@code @file} or anything else the launcher rewrote would not be).
         */
        static Optional<Start> of(List<String> arguments, String[] args) {
            int jarOption = arguments.indexOf("-jar");
            if (jarOption < 0 || jarOption + 1 >= arguments.size()) {
                return Optional.empty();
            }
            List<String> options = arguments.subList(0, jarOption);
            List<String> given = arguments.subList(jarOption + 2, arguments.size());
            if (!given.equals(List.of(args)) || options.stream().anyMatch(option -> option.startsWith("@"))) {
                return Optional.empty();
            }
            return Optional.of(new Start(List.copyOf(options), arguments.get(jarOption + 1), List.copyOf(given)));
        }

        boolean choseAlready() {
            return options.stream().anyMatch(option -> CHOSEN_ALREADY.stream().anyMatch(option::startsWith));
        }

        /** The second JVM's command line: the same options, then the quick-start ones, the jar and arguments. */
        List<String> command(String java, List<String> archiveOptions) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(options);
            command.addAll(archiveOptions);
            command.add(JIT_OPTION);
            command.add("-jar");
            command.add(jar);
            command.addAll(args);
            return command;
        }
    }
}
