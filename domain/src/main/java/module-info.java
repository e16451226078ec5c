/**
 * Limber's domain: exercises, phases and programs, guideline rules, use cases and the ports
 * adapters implement. JDK only.
 */
module dev.limber.domain {
    exports dev.limber.domain;
    exports dev.limber.domain.card;
    exports dev.limber.domain.catalog;
    exports dev.limber.domain.deskbreak;
    exports dev.limber.domain.exercise;
    exports dev.limber.domain.load;
    exports dev.limber.domain.plan;
    exports dev.limber.domain.port;
    exports dev.limber.domain.program;
    exports dev.limber.domain.query;
    exports dev.limber.domain.rules;
    exports dev.limber.domain.store.memory;
    exports dev.limber.domain.timeline;
    exports dev.limber.domain.timing;
    exports dev.limber.domain.usecase;
    exports dev.limber.domain.warmup;
}
