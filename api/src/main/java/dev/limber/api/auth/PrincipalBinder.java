package dev.limber.api.auth;

import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.security.Principal;

/**
 * Hands the request's principal (set by {@link AdminAuthorization} for the admin) to a route that asks
 * for one: the health endpoint does, to decide whether to show details. Micronaut leaves this
 * binding to micronaut-security, which the service does not use.
 */
@Singleton
final class PrincipalBinder implements TypedRequestArgumentBinder<Principal> {

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public ArgumentBinder.BindingResult<Principal> bind(
            ArgumentConversionContext<Principal> context, HttpRequest<?> request) {
        return request.getUserPrincipal()
                .<ArgumentBinder.BindingResult<Principal>>map(principal -> () -> java.util.Optional.of(principal))
                .orElse(ArgumentBinder.BindingResult.empty());
    }
}
