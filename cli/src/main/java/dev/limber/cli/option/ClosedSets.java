package dev.limber.cli.option;

import dev.limber.domain.exercise.Target;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.usecase.ConflictPolicy;
import dev.limber.formats.card.CardFormat;
import dev.limber.formats.document.DocumentFormat;

/** Every closed set an option takes, each converted and completed the same way ({@link ClosedSet}). */
public final class ClosedSets {
    private ClosedSets() {}

    /** {@code --on-conflict}: fail, skip, replace. */
    public static final class ConflictPolicies extends ClosedSet<ConflictPolicy> {
        public ConflictPolicies() {
            super(ConflictPolicy.class, ConflictPolicy::externalName);
        }
    }

    /** {@code import --format}: limber, free-exercise-db. */
    public static final class SourceFormats extends ClosedSet<SourceFormat> {
        public SourceFormats() {
            super(SourceFormat.class, SourceFormat::externalName);
        }
    }

    /** {@code --input-format}, {@code --output-format}: json, yaml. */
    public static final class DocumentFormats extends ClosedSet<DocumentFormat> {
        public DocumentFormats() {
            super(DocumentFormat.class, DocumentFormat::externalName);
        }
    }

    /** {@code card --format}: text, markdown, html. */
    public static final class CardFormats extends ClosedSet<CardFormat> {
        public CardFormats() {
            super(CardFormat.class, CardFormat::externalName);
        }
    }

    /** {@code validate --output}: text, json. */
    public static final class ReportFormats extends ClosedSet<ReportFormat> {
        public ReportFormats() {
            super(ReportFormat.class, ReportFormat::externalName);
        }
    }

    /** {@code warm-up --targets}: the areas a move works. */
    public static final class Targets extends ClosedSet<Target> {
        public Targets() {
            super(Target.class, Target::externalName);
        }
    }

    /** {@code ramp --unit}: kg, lb. */
    public static final class WeightUnits extends ClosedSet<WeightUnit> {
        public WeightUnits() {
            super(WeightUnit.class, WeightUnit::externalName);
        }
    }
}
