package dev.limber.benchmarks.samestack;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data JDBC's repository runtime, which Limber's store also starts. */
@JdbcRepository(dialect = Dialect.H2)
public interface GreetingRepository extends CrudRepository<Greeting, String> {}
