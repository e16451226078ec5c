package dev.limber.api.warmup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What to warm up for: target areas ({@code targets}) or a stored program's session
 * ({@code program}, optional {@code session}, the first when absent), and a time budget in
 * minutes (5 to 10 unless given). An unknown field is refused, not ignored: a typo such as
 * {@code minutes} must not silently fall back to the default budget.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record WarmUpRequest(@Nullable List<String> targets, @Nullable String program, @Nullable String session,
        @Nullable Integer minMinutes, @Nullable Integer maxMinutes) {
}
