package dev.limber.domain.rules;

import static dev.limber.domain.catalog.BuiltInCatalog.BACK_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.BODYWEIGHT_SQUAT;
import static dev.limber.domain.catalog.BuiltInCatalog.HIP_CIRCLES;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_CURL;
import static dev.limber.domain.catalog.BuiltInCatalog.LEG_SWINGS;
import static dev.limber.domain.catalog.BuiltInCatalog.RECLINING_SINGLE_LEG_STRETCH;
import static dev.limber.domain.catalog.BuiltInCatalog.SCIATIC_NERVE_FLOSS;
import static dev.limber.domain.catalog.BuiltInCatalog.STANDING_FORWARD_FOLD;
import static dev.limber.domain.catalog.BuiltInCatalog.WALKING_LUNGE_WITH_TWIST;
import static dev.limber.domain.rules.Fixtures.coolDown;
import static dev.limber.domain.rules.Fixtures.eachSide;
import static dev.limber.domain.rules.Fixtures.main;
import static dev.limber.domain.rules.Fixtures.program;
import static dev.limber.domain.rules.Fixtures.seconds;
import static dev.limber.domain.rules.Fixtures.step;
import static dev.limber.domain.rules.Fixtures.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English and German bundles say the same things: every key a rule uses is in both, with the
 * same placeholders, and every finding reads in German without an English word left. A new rule
 * adds its keys to both bundles and a program that raises it to {@link #PROGRAMS}; the tests
 * below then fail until both bundles word it.
 */
class FindingBundlesTest {
    /** Words that are German as well as English. */
    private static final Set<String> GERMAN_TOO = Set.of("training", "warm");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    /** A nerve glide with no caution of its own, so its findings carry the general caution. */
    private static final Exercise GENTLE_GLIDE = Exercise.builder("gentle-glide", "Gentle Glide")
            .kind(ExerciseKind.NERVE_GLIDE)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS)
            .build();

    private static final RuleContext CONTEXT = RuleContext.of(
            ExerciseLookup.of(Stream.concat(BuiltInCatalog.catalog().exercises().stream(), Stream.of(GENTLE_GLIDE))
                    .toList()));

    private static final ExerciseStep SQUATS =
            step(BACK_SQUAT, Prescription.reps(8).sets(3));

    /** Programs that, between them, raise every built-in rule's findings in every wording. */
    private static final List<Program> PROGRAMS = List.of(
            // warm-up-missing, cool-down-missing, posterior-chain-balance (no core work)
            program(main(SQUATS)),
            // phase-order; posterior-chain-balance (neither core nor glute work)
            program(main(step(LEG_CURL, Prescription.reps(12))), warmUp(seconds(LEG_SWINGS, 60))),
            // unknown-exercise, laterality
            program(main(
                    ExerciseStep.of("burpee", Prescription.reps(8)),
                    ExerciseStep.of("back-squat", Prescription.reps(8).eachSide()))),
            // static-stretch-before-training: too long, with warm-up-duration too short
            program(warmUp(eachSide(RECLINING_SINGLE_LEG_STRETCH, 60), eachSide(LEG_SWINGS, 30)), main(SQUATS)),
            // no moving work after a hold
            program(warmUp(eachSide(LEG_SWINGS, 30), seconds(STANDING_FORWARD_FOLD, 30)), main(SQUATS)),
            // a short hold followed by moving work, before training (no main phase)
            program(warmUp(seconds(STANDING_FORWARD_FOLD, 30), eachSide(LEG_SWINGS, 30))),
            // warm-up-duration too long; warm-up-coverage with loaded and leg-day areas
            program(warmUp(seconds(HIP_CIRCLES, 720)), main(SQUATS)),
            program(warmUp(seconds(BODYWEIGHT_SQUAT, 300)), main(SQUATS, step(LEG_CURL, Prescription.reps(12)))),
            // nerve glides in a cool-down, with their own caution and with the general one
            program(
                    warmUp(seconds(WALKING_LUNGE_WITH_TWIST, 300)),
                    main(SQUATS),
                    coolDown(eachSide(SCIATIC_NERVE_FLOSS, 60), eachSide(GENTLE_GLIDE, 60))),
            // ramp-up-missing, heavy by a share of the max, by RPE and by reps in reserve
            program(
                    warmUp(seconds(LEG_SWINGS, 300)),
                    main(step(BACK_SQUAT, Prescription.reps(5).load("80%")))),
            program(
                    warmUp(seconds(LEG_SWINGS, 300)),
                    main(step(BACK_SQUAT, Prescription.reps(5).effort(Effort.rpe(8.5))))),
            program(
                    warmUp(seconds(LEG_SWINGS, 300)),
                    main(step(BACK_SQUAT, Prescription.reps(5).effort(Effort.rir(1))))));

    /** The built-in rules, and the same rules with thresholds that change their wording. */
    private static final List<Rule> RULES = Stream.concat(
                    Guidelines.defaults().rules().stream(),
                    Stream.of(
                            new StaticStretchBeforeTrainingRule(Duration.ofSeconds(60), false),
                            new WarmUpDurationRule(Duration.ofMinutes(6), Duration.ofMinutes(8)),
                            new WarmUpCoverageRule(Set.of())))
            .toList();

    private static List<Finding> everyFinding() {
        List<Finding> all = new ArrayList<>();
        for (Program program : PROGRAMS) {
            for (Rule rule : RULES) {
                all.addAll(rule.evaluate(program, CONTEXT));
            }
        }
        return all;
    }

    @Test
    void bothBundlesHaveTheSameKeysWithTheSamePlaceholders() {
        Properties english = properties("findings.properties");
        Properties german = properties("findings_de.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(
                    placeholders(english.getProperty(key)),
                    placeholders(german.getProperty(key)),
                    "placeholders of " + key);
        }
    }

    @Test
    void everyBuiltInRuleRaisesAFindingInTheProgramsHere() {
        Set<String> raised =
                everyFinding().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        for (Rule rule : Guidelines.defaults().rules()) {
            assertTrue(raised.contains(rule.id()), "add a program raising " + rule.id() + " to PROGRAMS");
        }
    }

    @Test
    void everyKeyTheRulesUseIsInBothBundlesAndNamesOnlyItsArguments() {
        Properties english = properties("findings.properties");
        Properties german = properties("findings_de.properties");
        List<Phrase> phrases = new ArrayList<>();
        for (Finding finding : everyFinding()) {
            phrases.add(finding.text());
            phrases.add(finding.reason());
        }
        RULES.forEach(rule -> phrases.add(rule.rationaleText()));
        Set<String> keys = new TreeSet<>();
        phrases.forEach(phrase -> collect(phrase, keys));
        for (String key : keys) {
            assertTrue(english.containsKey(key), "findings.properties lacks " + key);
            assertTrue(german.containsKey(key), "findings_de.properties lacks " + key);
        }
        for (Phrase phrase : phrases) {
            for (Locale locale : FindingText.LOCALES) {
                assertTrue(FindingText.words(phrase, FindingText.bundle(locale)), phrase + " in " + locale);
            }
        }
        for (Target target : Target.values()) {
            assertTrue(english.containsKey("target." + target.externalName()), target.externalName());
        }
        for (PhaseKind phase : PhaseKind.values()) {
            assertTrue(english.containsKey("phase." + phase.externalName()), phase.externalName());
        }
    }

    @Test
    void everyFindingReadsInGermanWithoutAnEnglishWordLeft() {
        // A word of an English text that its German text lacks (names such as FIFA and Behm are in both).
        Properties english = properties("findings.properties");
        Properties german = properties("findings_de.properties");
        Set<String> englishOnly = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            Set<String> words = words(english.getProperty(key));
            words.removeAll(words(german.getProperty(key, "")));
            englishOnly.addAll(words);
        }
        englishOnly.removeAll(GERMAN_TOO);
        List<Finding> findings = everyFinding();
        assertTrue(findings.size() > 20, "findings: " + findings.size());
        for (Finding finding : findings) {
            String text = finding.message(Locale.GERMAN) + " " + finding.rationale(Locale.GERMAN) + " "
                    + FindingText.describe(finding.location(), Locale.GERMAN);
            assertNotEquals(finding.message(), finding.message(Locale.GERMAN));
            Set<String> left = words(withoutCatalogData(text));
            left.retainAll(englishOnly);
            assertEquals(Set.of(), left, finding.key() + ": " + finding.message(Locale.GERMAN));
        }
    }

    @Test
    void englishIsTheDefaultAndAnyOtherLanguageFallsBackToIt() {
        Finding finding =
                new WarmUpMissingRule().evaluate(program(main(SQUATS)), CONTEXT).get(0);
        assertEquals(finding.message(), finding.message(Locale.ENGLISH));
        assertEquals(finding.message(), finding.message(Locale.FRENCH));
        assertEquals(finding.message(Locale.GERMAN), finding.message(Locale.forLanguageTag("de-AT")));
        assertEquals("warm-up-missing.no-warm-up", finding.key());
        assertEquals(Map.of("loaded", List.of(Target.GLUTES, Target.QUADRICEPS)), finding.arguments());
        assertEquals(
                "der Hauptteil belastet Gesäß und Quadrizeps, aber die Einheit hat kein Aufwärmen; wärme dich zuerst"
                        + " mit dynamischen Bewegungen auf (der Artikel nimmt sich 5–10 Minuten)",
                finding.message(Locale.GERMAN));
    }

    @Test
    void aCustomRulesEnglishFindingStaysEnglishInEveryLanguage() {
        Rule custom = new Rule() {
            @Override
            public String id() {
                return "no-rack";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String rationale() {
                return "This gym has no squat rack.";
            }

            @Override
            public List<Finding> evaluate(Program program, RuleContext context) {
                return List.of(Finding.of(this, Location.program(), "no rack for back squats here"));
            }
        };
        Finding finding = custom.evaluate(program(main(SQUATS)), CONTEXT).get(0);
        assertEquals("no-rack", finding.key());
        assertEquals("no rack for back squats here", finding.message(Locale.GERMAN));
        assertEquals("This gym has no squat rack.", finding.rationale(Locale.GERMAN));
    }

    @Test
    void placesAreWordedInGermanToo() {
        Program program = program(Session.of("Beintag", main(eachSide(RECLINING_SINGLE_LEG_STRETCH, 120), SQUATS)));
        Finding finding =
                new StaticStretchBeforeTrainingRule().evaluate(program, CONTEXT).get(0);
        assertEquals(
                "Beintag › Hauptteil › Schritt 1 (reclining-single-leg-stretch)",
                FindingText.describe(finding.location(), Locale.GERMAN));
        assertEquals(finding.location().describe(), FindingText.describe(finding.location(), Locale.ENGLISH));
    }

    private static void collect(Phrase phrase, Set<String> keys) {
        keys.add(phrase.key());
        phrase.arguments().values().forEach(value -> collectValue(value, keys));
    }

    private static void collectValue(Object value, Set<String> keys) {
        if (value instanceof Phrase nested) {
            collect(nested, keys);
        } else if (value instanceof List<?> items) {
            items.forEach(item -> collectValue(item, keys));
        }
    }

    /** The German text without what is catalog data, not wording: exercise ids and catalog cautions. */
    private static String withoutCatalogData(String text) {
        String left = text;
        for (Exercise exercise : BuiltInCatalog.catalog().exercises()) {
            left = left.replace(exercise.id().value(), " ");
            if (exercise.cautionNote().isPresent()) {
                left = left.replace(exercise.cautionNote().get(), " ");
            }
        }
        left = left.replace(GENTLE_GLIDE.id().value(), " ");
        for (Rule rule : Guidelines.defaults().rules()) {
            left = left.replace(rule.id(), " ");
        }
        return left;
    }

    private static Set<String> words(String text) {
        String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll(" ");
        return Arrays.stream(withoutPlaceholders.split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 4)
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> values(Properties properties) {
        return properties.stringPropertyNames().stream()
                .map(properties::getProperty)
                .toList();
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = Finding.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
