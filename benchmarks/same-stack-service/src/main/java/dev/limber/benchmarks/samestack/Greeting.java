package dev.limber.benchmarks.samestack;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** The one row type: read by id and sent as JSON, as Limber's exercise endpoint does. */
@MappedEntity("greeting")
@Serdeable
public record Greeting(@Id String id, String text) {}
