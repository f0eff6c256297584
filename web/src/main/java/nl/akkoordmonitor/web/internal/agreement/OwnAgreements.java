package nl.akkoordmonitor.web.internal.agreement;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agreements of the user's own organisation, newest first, as the pages need them. */
@Singleton
public class OwnAgreements {

    public static final Argument<Views.Paged<Views.Agreement>> AGREEMENTS = Views.paged(Views.Agreement.class);

    public List<Views.Agreement> of(Api.Caller api, WebUser user) {
        return api.get("/agreements?owner=" + user.actor().organisationId() + "&size=100", AGREEMENTS).items().stream()
                .sorted(Comparator.comparing((Views.Agreement a) -> "CLOSED".equals(a.status()))
                        .thenComparing(Views.Agreement::firstYear, Comparator.reverseOrder()))
                .toList();
    }

    /** The agreement the user works on now: the draft or active one, else the newest. */
    public Optional<Views.Agreement> current(Api.Caller api, WebUser user) {
        return of(api, user).stream().findFirst();
    }
}
