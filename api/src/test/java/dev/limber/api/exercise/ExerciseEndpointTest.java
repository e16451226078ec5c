package dev.limber.api.exercise;

import static dev.limber.api.support.Http.admin;
import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Target;
import dev.limber.formats.document.DocumentWriter;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exercise resource over real HTTP, on a fresh database seeded with the built-in catalog.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExerciseEndpointTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    Map<String, Object> read(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Argument.mapOf(String.class, Object.class));
    }

    static String document(Exercise exercise) {
        return new DocumentWriter().writeExercise(exercise);
    }

    static Exercise freshExercise(String id) {
        return Exercise.builder(id, "Test Move " + id)
                .kind(dev.limber.domain.exercise.ExerciseKind.DYNAMIC)
                .primary(Target.HIPS)
                .cues("Move slowly")
                .build();
    }

    @Test
    void legSwingsAreServedFromTheBuiltInCatalogWithAVersionTag() {
        HttpResponse<Map> response = http().exchange(HttpRequest.GET("/api/v1/exercises/leg-swings"), Map.class);
        Map<?, ?> body = response.body();
        assertEquals("leg-swings", body.get("id"));
        assertEquals("Leg Swings", body.get("name"));
        assertEquals("dynamic", body.get("kind"));
        assertEquals("per-side", body.get("laterality"));
        Exercise builtIn = BuiltInCatalog.LEG_SWINGS;
        assertEquals(builtIn.primary().stream().map(Target::externalName).toList(), body.get("primary"));
        assertEquals(builtIn.cues(), body.get("cues"));
        assertFalse(body.containsKey("caution") && body.get("caution") == null, "no nulls: " + body);
        assertTrue(response.header(HttpHeaders.ETAG).matches("\"v\\d+\""), response.header(HttpHeaders.ETAG));
    }

    @Test
    void aMatchingIfNoneMatchIsA304WithoutBody() {
        String etag =
                http().exchange(HttpRequest.GET("/api/v1/exercises/leg-swings")).header(HttpHeaders.ETAG);
        HttpResponse<String> again = Http.exchange(
                http(), HttpRequest.GET("/api/v1/exercises/leg-swings").header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
        assertEquals(etag, again.header(HttpHeaders.ETAG));
        assertEquals("", body(again));
    }

    /**
     * A read from the store is encoded by the server; a fresh cached copy is answered from bytes
     * encoded once (EncodedExercises): the two must be the same answer, and a write must show.
     */
    @Test
    void aCachedReadAnswersWhatAReadFromTheStoreAnswersAndAWriteShows() throws IOException {
        Exercise move = freshExercise("cached-move");
        assertEquals(
                HttpStatus.CREATED,
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/cached-move", document(move))))
                        .getStatus());
        HttpResponse<String> fromStore = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/cached-move"));
        HttpResponse<String> fromCache = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/cached-move"));
        assertEquals(body(fromStore), body(fromCache));
        assertEquals(fromStore.header(HttpHeaders.ETAG), fromCache.header(HttpHeaders.ETAG));
        assertEquals(fromStore.getContentType(), fromCache.getContentType());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, fromCache.getContentType().orElseThrow());

        Exercise renamed = Exercise.builder("cached-move", "Renamed Move")
                .kind(dev.limber.domain.exercise.ExerciseKind.DYNAMIC)
                .primary(Target.HIPS)
                .build();
        assertEquals(
                HttpStatus.OK,
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/cached-move", document(renamed))))
                        .getStatus());
        for (int i = 0; i < 2; i++) { // from the store, then from the cache
            HttpResponse<String> after = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/cached-move"));
            assertEquals("Renamed Move", read(after).get("name"));
            assertFalse(after.header(HttpHeaders.ETAG).equals(fromStore.header(HttpHeaders.ETAG)));
        }
    }

    @Test
    void anUnknownIdIsA404ProblemWithoutInternals() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/no-such-id"));
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
        String body = body(response);
        assertTrue(body.contains("\"status\":404"), body);
        assertTrue(body.contains("no exercise with id no-such-id"), body);
        assertFalse(body.contains("Exception") || body.contains("at dev.") || body.contains("SQL"), body);
    }

    @Test
    void aMalformedIdIsA400NamingTheParameter() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/Not_A_Slug"));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertTrue(
                body(response).contains("Not_A_Slug") && body(response).contains("\"pointer\":\"id\""), body(response));
    }

    @Test
    void anUnknownRouteIsAProblemToo() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/nowhere"));
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
    }

    @Test
    void theListIsSortedByNameTwentyToAPageWithTotalsWhenAsked() throws IOException {
        Map<String, Object> page = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?total=exact")));
        List<?> items = (List<?>) page.get("items");
        assertEquals(20, page.get("size"));
        assertEquals(0, page.get("page"));
        assertEquals(true, page.get("hasNext"));
        assertTrue(((Number) page.get("total")).intValue() >= 21, page.toString());
        assertEquals(20, items.size());
        List<String> names = items.stream()
                .map(item -> (String) ((Map<?, ?>) item).get("name"))
                .toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
    }

    @Test
    void withoutTotalAPageSaysWhetherMoreFollowAndTheTotalOnlyOnTheLastPage() throws IOException {
        Map<String, Object> first = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?size=2")));
        assertEquals(true, first.get("hasNext"), first.toString());
        assertFalse(first.containsKey("total"), first.toString());
        assertFalse(first.containsKey("totalPages"), first.toString());
        Map<String, Object> counted =
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?size=2&total=exact")));
        long total = ((Number) counted.get("total")).longValue();
        assertEquals((total + 1) / 2, ((Number) counted.get("totalPages")).longValue());
        assertEquals(first.get("items"), counted.get("items"));
        int last = (int) ((total - 1) / 2);
        Map<String, Object> end = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?size=2&page=" + last)));
        assertEquals(false, end.get("hasNext"), end.toString());
        assertEquals(total, ((Number) end.get("total")).longValue(), "the last page shows the total for free");

        HttpResponse<String> refused = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?total=roughly"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(body(refused).contains("total"), body(refused));
    }

    @Test
    void anUnchangedPageIs304AndAWriteOnItGivesANewTag() throws IOException {
        String list = "/api/v1/exercises?q=tagged%20page&size=5";
        HttpResponse<String> before = Http.exchange(http(), HttpRequest.GET(list));
        String etag = before.header(HttpHeaders.ETAG);
        assertEquals(
                HttpStatus.NOT_MODIFIED,
                Http.exchange(http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, etag))
                        .getStatus());

        Exercise move = Exercise.builder("tagged-page-move", "Tagged Page Move")
                .kind(dev.limber.domain.exercise.ExerciseKind.DYNAMIC)
                .primary(Target.HIPS)
                .build();
        HttpResponse<String> created =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/tagged-page-move", document(move))));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        HttpResponse<String> added =
                Http.exchange(http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(HttpStatus.OK, added.getStatus(), "the page changed at once, though the first was cached");
        assertTrue(body(added).contains("tagged-page-move"), body(added));
        String etagAfterPut = added.header(HttpHeaders.ETAG);
        assertFalse(etag.equals(etagAfterPut));

        Exercise renamed = move.toBuilder().equipment("a wall").build();
        Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/tagged-page-move", document(renamed))));
        HttpResponse<String> changed =
                Http.exchange(http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, etagAfterPut));
        assertEquals(HttpStatus.OK, changed.getStatus(), "an item of the page changed");
        assertTrue(body(changed).contains("a wall"), body(changed));

        assertEquals(
                HttpStatus.NO_CONTENT,
                Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/exercises/tagged-page-move")))
                        .getStatus());
        HttpResponse<String> removed = Http.exchange(
                http(), HttpRequest.GET(list).header(HttpHeaders.IF_NONE_MATCH, changed.header(HttpHeaders.ETAG)));
        assertEquals(HttpStatus.OK, removed.getStatus());
        assertEquals(etag, removed.header(HttpHeaders.ETAG), "the page is as it was before");
    }

    @Test
    void theListFiltersByKindTargetAndText() throws IOException {
        Map<String, Object> page = read(Http.exchange(
                http(), HttpRequest.GET("/api/v1/exercises?kind=static-stretch&target=hamstrings&size=100")));
        List<?> items = (List<?>) page.get("items");
        assertFalse(items.isEmpty());
        items.forEach(item -> assertEquals("static-stretch", ((Map<?, ?>) item).get("kind")));
        Map<String, Object> swings = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?q=swing")));
        assertEquals(1, ((Number) swings.get("total")).intValue(), swings.toString());
    }

    @Test
    void aPageOverAHundredOrAnUnknownKindIsA400NamingTheParameter() {
        HttpResponse<String> big = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?size=101"));
        assertEquals(HttpStatus.BAD_REQUEST, big.getStatus());
        assertTrue(body(big).contains("\"pointer\":\"size\""), body(big));
        HttpResponse<String> kind = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?kind=jumping"));
        assertEquals(HttpStatus.BAD_REQUEST, kind.getStatus());
        assertTrue(body(kind).contains("static-stretch"), body(kind));
    }

    @Test
    void aPageThatIsNotANumberIsA400WithoutParserInternals() {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?page=abc"));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertTrue(body(response).contains("page") && body(response).contains("abc"), body(response));
        assertFalse(body(response).contains("due to") || body(response).contains("Exception"), body(response));
    }

    @Test
    void writesWithoutOrWithAWrongTokenAre401() {
        String body = document(freshExercise("unauthorised-move"));
        HttpResponse<String> none = Http.exchange(http(), HttpRequest.PUT("/api/v1/exercises/unauthorised-move", body));
        assertEquals(HttpStatus.UNAUTHORIZED, none.getStatus());
        assertEquals(
                "application/problem+json", none.getContentType().orElseThrow().toString());
        assertTrue(none.header(HttpHeaders.WWW_AUTHENTICATE).startsWith("Bearer"));
        HttpResponse<String> wrong = Http.exchange(
                http(),
                HttpRequest.PUT("/api/v1/exercises/unauthorised-move", body).bearerAuth("guess"));
        assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
        HttpResponse<String> delete = Http.exchange(http(), HttpRequest.DELETE("/api/v1/exercises/leg-swings"));
        assertEquals(HttpStatus.UNAUTHORIZED, delete.getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/unauthorised-move"))
                        .getStatus());
    }

    @Test
    void putCreatesThenReplacesOnlyAgainstTheCurrentVersion() throws IOException {
        Exercise move = freshExercise("hip-sway");
        HttpResponse<String> created =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/hip-sway", document(move))));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        assertEquals("\"v1\"", created.header(HttpHeaders.ETAG));
        assertEquals("/api/v1/exercises/hip-sway", created.header(HttpHeaders.LOCATION));

        Exercise renamed = Exercise.builder("hip-sway", "Hip Sway")
                .kind(move.kind())
                .primary(Target.HIPS)
                .build();
        HttpResponse<String> replaced = Http.exchange(
                http(),
                admin(HttpRequest.PUT("/api/v1/exercises/hip-sway", document(renamed))
                        .header(HttpHeaders.IF_MATCH, "\"v1\"")));
        assertEquals(HttpStatus.OK, replaced.getStatus(), body(replaced));
        assertEquals("\"v2\"", replaced.header(HttpHeaders.ETAG));
        assertEquals("Hip Sway", read(replaced).get("name"));

        HttpResponse<String> stale = Http.exchange(
                http(),
                admin(HttpRequest.PUT("/api/v1/exercises/hip-sway", document(move))
                        .header(HttpHeaders.IF_MATCH, "\"v1\"")));
        assertEquals(HttpStatus.PRECONDITION_FAILED, stale.getStatus(), body(stale));
        assertEquals(
                "application/problem+json", stale.getContentType().orElseThrow().toString());
        assertEquals(
                "Hip Sway",
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/hip-sway")))
                        .get("name"));
    }

    @Test
    void whatAGetAnswersCanBePutBackUnchanged() {
        String served = body(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/glute-bridge")));
        HttpResponse<String> put =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/glute-bridge", served)));
        assertEquals(HttpStatus.OK, put.getStatus(), body(put));
    }

    @Test
    void anInvalidBodyIsA400ListingEveryBadFieldByPointer() throws IOException {
        String body =
                "{\"id\": \"bad-move\", \"name\": \"Bad\", \"kind\": \"jumping\", \"primary\": \"hips\", \"colour\": 1}";
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/bad-move", body)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
        List<?> errors = (List<?>) read(response).get("errors");
        List<String> pointers = errors.stream()
                .map(e -> (String) ((Map<?, ?>) e).get("pointer"))
                .toList();
        assertTrue(pointers.containsAll(List.of("/kind", "/primary", "/colour")), errors.toString());
    }

    @Test
    void malformedJsonIsA400Too() {
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/broken", "{\"id\": ")));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
    }

    @Test
    void aBodyWhoseIdDiffersFromThePathIsRefused() {
        HttpResponse<String> response = Http.exchange(
                http(), admin(HttpRequest.PUT("/api/v1/exercises/other-id", document(freshExercise("this-id")))));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertTrue(body(response).contains("\"pointer\":\"/id\""), body(response));
    }

    @Test
    void deletingAnExerciseProgramsUseIsA409NamingThem() throws IOException {
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/exercises/leg-swings")));
        assertEquals(HttpStatus.CONFLICT, response.getStatus(), body(response));
        List<?> programs = (List<?>) read(response).get("programs");
        assertNotNull(programs, body(response));
        assertTrue(programs.contains("quick-leg-day-warm-up"), programs.toString());
    }

    /** Issue 14: a replacement that stored programs would no longer fit is refused, naming each step. */
    @Test
    void replacingAnExerciseWithOneThatStoredProgramsNoLongerFitIsA409NamingEachStep() throws IOException {
        Exercise bilateral = dev.limber.domain.catalog.BuiltInCatalog.BIRD_DOG.toBuilder()
                .laterality(dev.limber.domain.exercise.Laterality.BILATERAL)
                .build();
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/bird-dog", document(bilateral))));
        assertEquals(HttpStatus.CONFLICT, response.getStatus(), body(response));
        Map<String, Object> problem = read(response);
        assertEquals("urn:limber:problem:breaks-programs", problem.get("type"), body(response));
        assertTrue(((List<?>) problem.get("programs")).contains("core-and-glute-strength"), body(response));
        List<?> steps = (List<?>) problem.get("steps");
        assertFalse(steps.isEmpty(), body(response));
        for (Object step : steps) {
            Map<?, ?> broken = (Map<?, ?>) step;
            assertTrue(
                    String.valueOf(broken.get("pointer"))
                            .matches("/sessions/\\d+/phases/\\d+/steps/\\d+(/steps/\\d+)?/perSide"),
                    body(response));
            assertTrue(String.valueOf(broken.get("message")).contains("perSide does not fit bird-dog"), body(response));
        }
        Map<?, ?> error = (Map<?, ?>) ((List<?>) problem.get("errors")).get(0);
        assertEquals("/laterality", error.get("pointer"), body(response));
        HttpResponse<Map> stored = http().exchange(HttpRequest.GET("/api/v1/exercises/bird-dog"), Map.class);
        assertEquals("alternating", stored.body().get("laterality"));
    }

    /**
     * A DELETE answers no body when it works, so a client that accepts only the problem type of
     * its errors (as clients generated from /openapi.yml do) must get the problem, not a 406.
     */
    @Test
    void aDeleteThatAcceptsOnlyProblemsGetsTheProblem() {
        HttpResponse<String> response = Http.exchange(
                http(), admin(HttpRequest.DELETE("/api/v1/exercises/leg-swings").accept("application/problem+json")));
        assertEquals(HttpStatus.CONFLICT, response.getStatus(), body(response));
        assertTrue(body(response).contains("urn:limber:problem:in-use"), body(response));
        HttpResponse<String> gone = Http.exchange(
                http(), admin(HttpRequest.DELETE("/api/v1/exercises/never-was").accept("application/problem+json")));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus(), body(gone));
    }

    @Test
    void deleteHonoursIfMatchThenTheExerciseIsGone() {
        Http.exchange(
                http(), admin(HttpRequest.PUT("/api/v1/exercises/brief-move", document(freshExercise("brief-move")))));
        HttpResponse<String> stale = Http.exchange(
                http(),
                admin(HttpRequest.DELETE("/api/v1/exercises/brief-move").header(HttpHeaders.IF_MATCH, "\"v7\"")));
        assertEquals(HttpStatus.PRECONDITION_FAILED, stale.getStatus());
        HttpResponse<String> deleted = Http.exchange(
                http(),
                admin(HttpRequest.DELETE("/api/v1/exercises/brief-move").header(HttpHeaders.IF_MATCH, "\"v1\"")));
        assertEquals(HttpStatus.NO_CONTENT, deleted.getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/brief-move"))
                        .getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/exercises/brief-move")))
                        .getStatus());
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String huge = "{\"id\": \"huge\", \"name\": \"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> response = Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/huge", huge)));
        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
    }

    @Test
    void aBodyThatIsNotJsonIs415AndAnUnknownMethodIs405() {
        HttpResponse<String> text = Http.exchange(
                http(),
                admin(HttpRequest.PUT("/api/v1/exercises/some-move", "id: x").contentType(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text.getStatus());
        assertEquals(
                "application/problem+json", text.getContentType().orElseThrow().toString());
        HttpResponse<String> post =
                Http.exchange(http(), admin(HttpRequest.PATCH("/api/v1/exercises/leg-swings", "{}")));
        assertEquals(HttpStatus.METHOD_NOT_ALLOWED, post.getStatus());
        assertEquals(
                "application/problem+json", post.getContentType().orElseThrow().toString());
    }

    /** Issue 14: the texts of real catalogs are served, found by q through an alias, and put back as served. */
    @Test
    void anExerciseWithEveryTextIsServedAndFoundByItsAlias() throws IOException {
        Exercise run = Exercise.builder("easy-run", "Easy Run")
                .kind(dev.limber.domain.exercise.ExerciseKind.CARDIO)
                .description("Run at a pace you could talk at.\nKeep it up for 20 minutes.")
                .aliases("Zone 2 jog", "Conversational run")
                .level(dev.limber.domain.exercise.Level.BEGINNER)
                .mechanic(dev.limber.domain.exercise.Mechanic.COMPOUND)
                .force(dev.limber.domain.exercise.Force.PUSH)
                .source(new dev.limber.domain.exercise.Source(
                        "wger", "60", "CC-BY-SA 4", "coach-c", "https://wger.de/api/v2/exerciseinfo/60/"))
                .build();
        HttpResponse<String> created =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/easy-run", document(run))));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));

        HttpResponse<String> served = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/easy-run"));
        Map<String, Object> view = read(served);
        assertEquals(List.of(), view.get("primary"));
        assertEquals("Run at a pace you could talk at.\nKeep it up for 20 minutes.", view.get("description"));
        assertEquals(List.of("Zone 2 jog", "Conversational run"), view.get("aliases"));
        assertEquals("beginner", view.get("level"));
        assertEquals("compound", view.get("mechanic"));
        assertEquals("push", view.get("force"));
        Map<?, ?> source = (Map<?, ?>) view.get("source");
        assertEquals("coach-c", source.get("author"));
        assertEquals("https://wger.de/api/v2/exerciseinfo/60/", source.get("url"));

        Map<String, Object> found = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?q=ZONE%202")));
        assertEquals(
                List.of("easy-run"),
                ((List<?>) found.get("items"))
                        .stream().map(i -> ((Map<?, ?>) i).get("id")).toList(),
                found.toString());

        HttpResponse<String> putBack =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/easy-run", body(served))));
        assertEquals(HttpStatus.OK, putBack.getStatus(), body(putBack));
        assertEquals(view, read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/easy-run"))));
    }

    @Test
    void aSourceUrlThatIsNotHttpIsA400AtItsPointer() throws IOException {
        String body = "{\"id\": \"ftp-move\", \"name\": \"Ftp\", \"kind\": \"dynamic\", \"primary\": [],"
                + " \"level\": \"pro\", \"source\": {\"origin\": \"x\", \"license\": \"x\", \"url\": \"ftp://x.org/a\"}}";
        HttpResponse<String> response =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/ftp-move", body)));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        List<String> pointers = ((List<?>) read(response).get("errors"))
                .stream().map(e -> (String) ((Map<?, ?>) e).get("pointer")).toList();
        assertEquals(List.of("/level", "/source/url"), pointers);
    }

    // Issue 14 (links): equipment as a list with unknown apart from none, media, variationOf.

    static Exercise linkedMove(String id, String parent) {
        return freshExercise(id).toBuilder()
                .equipment("barbell", "bench")
                .media(
                        dev.limber.domain.exercise.Media.image("Move/0.jpg", "The Unlicense"),
                        dev.limber.domain.exercise.Media.video("https://example.org/v.mp4", "CC-BY-SA 4")
                                .by("Jane"))
                .variationOf(parent)
                .build();
    }

    @Test
    void variationsAreListedByVariationOfAndTheViewShowsEquipmentMediaAndTheLink() throws IOException {
        Exercise parent = freshExercise("links-parent").toBuilder()
                .equipment(dev.limber.domain.exercise.Equipment.unknown())
                .build();
        for (Exercise move : List.of(
                parent, linkedMove("links-child-b", "links-parent"), linkedMove("links-child-a", "links-parent"))) {
            HttpResponse<String> put =
                    Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/" + move.id(), document(move))));
            assertEquals(HttpStatus.CREATED, put.getStatus(), body(put));
        }
        Map<String, Object> page =
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?variationOf=links-parent")));
        List<?> items = (List<?>) page.get("items");
        assertEquals(
                List.of("links-child-a", "links-child-b"),
                items.stream().map(item -> ((Map<?, ?>) item).get("id")).toList());
        Map<?, ?> child = (Map<?, ?>) items.get(0);
        assertEquals("links-parent", child.get("variationOf"));
        assertEquals(List.of("barbell", "bench"), child.get("equipment"));
        assertFalse(child.containsKey("equipmentKnown"), "known equipment says nothing more: " + child);
        assertEquals(
                List.of(
                        Map.of("image", "Move/0.jpg", "license", "The Unlicense"),
                        Map.of("video", "https://example.org/v.mp4", "license", "CC-BY-SA 4", "author", "Jane")),
                child.get("media"));
        Map<String, Object> unknown = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/links-parent")));
        assertEquals(List.of(), unknown.get("equipment"));
        assertEquals(Boolean.FALSE, unknown.get("equipmentKnown"), "unknown is not none: " + unknown);
        Map<String, Object> none = read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/leg-swings")));
        assertEquals(List.of(), none.get("equipment"));
        assertFalse(none.containsKey("equipmentKnown"), none.toString());
        // What a GET answers goes back unchanged, unknown equipment included.
        String served = body(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/links-parent")));
        HttpResponse<String> again =
                Http.exchange(http(), admin(HttpRequest.PUT("/api/v1/exercises/links-parent", served)));
        assertEquals(HttpStatus.OK, again.getStatus(), body(again));
        assertEquals(
                Boolean.FALSE,
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/links-parent")))
                        .get("equipmentKnown"));
        assertEquals(
                List.of(),
                read(Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?variationOf=leg-swings")))
                        .get("items"));
        HttpResponse<String> bad = Http.exchange(http(), HttpRequest.GET("/api/v1/exercises?variationOf=Not_A_Slug"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(body(bad).contains("\"pointer\":\"variationOf\""), body(bad));
        // The parent stays while variations link to it; once they are gone it can go.
        HttpResponse<String> refused =
                Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/exercises/links-parent")));
        assertEquals(HttpStatus.CONFLICT, refused.getStatus(), body(refused));
        assertTrue(body(refused).contains("links-child-a, links-child-b"), body(refused));
        for (String id : List.of("links-child-a", "links-child-b", "links-parent")) {
            HttpResponse<String> gone = Http.exchange(http(), admin(HttpRequest.DELETE("/api/v1/exercises/" + id)));
            assertEquals(HttpStatus.NO_CONTENT, gone.getStatus(), body(gone));
        }
    }

    @Test
    void aVariationOfNamingNoStoredExerciseIsA400AtItsPointer() throws IOException {
        HttpResponse<String> response = Http.exchange(
                http(),
                admin(HttpRequest.PUT(
                        "/api/v1/exercises/links-orphan", document(linkedMove("links-orphan", "no-such-parent")))));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        List<?> errors = (List<?>) read(response).get("errors");
        assertEquals("/variationOf", ((Map<?, ?>) errors.get(0)).get("pointer"), body(response));
        assertTrue(body(response).contains("no-such-parent"), body(response));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Http.exchange(http(), HttpRequest.GET("/api/v1/exercises/links-orphan"))
                        .getStatus());
    }
}
