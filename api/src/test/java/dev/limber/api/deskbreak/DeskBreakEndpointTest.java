package dev.limber.api.deskbreak;

import static dev.limber.api.support.Http.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.api.support.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Desk-break plans as JSON and as an iCalendar file. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBreakEndpointTest implements TestPropertyProvider {
    private static final String PLAN = "/api/v1/desk-breaks?start=09:00&end=17:00&every=45m";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Http.h2();
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void aWorkingDayHasABreakEvery45Minutes() throws IOException {
        HttpResponse<String> response = Http.exchange(http(), HttpRequest.GET(PLAN));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        Map<String, Object> plan = json.readValue(body(response), Argument.mapOf(String.class, Object.class));
        List<?> breaks = (List<?>) plan.get("breaks");
        assertEquals(10, breaks.size(), plan.toString());
        assertEquals("09:45", ((Map<?, ?>) breaks.get(0)).get("at"));
        assertEquals("45m", plan.get("every"));
        assertTrue(response.header(HttpHeaders.ETAG) != null);
    }

    @Test
    void theCalendarFormParsesBackToOneEventPerBreak() throws IOException, ParserException {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET(PLAN + "&date=2026-12-01").accept("text/calendar"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/calendar"));
        assertTrue(response.header(HttpHeaders.CONTENT_DISPOSITION).contains("desk-breaks-2026-12-01.ics"));
        String text = body(response);
        assertTrue(text.contains("\r\n"), "iCalendar lines end with CRLF");
        text.lines()
                .forEach(line -> assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertEquals(10, events.size());
        VEvent first = events.get(0);
        assertEquals(
                LocalDateTime.of(2026, 12, 1, 9, 45),
                first.getDateTimeStart().orElseThrow().getDate());
        assertTrue(first.getSummary().orElseThrow().getValue().startsWith("Desk break"));
        assertTrue(first.getProperty(Property.UID).isPresent());
        assertTrue(first.getProperty(Property.DTSTAMP).isPresent());
        assertEquals(
                events.size(),
                events.stream()
                        .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                        .distinct()
                        .count());
    }

    @Test
    void badParametersAreA400NamingThem() {
        HttpResponse<String> interval = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?every=10m"));
        assertEquals(HttpStatus.BAD_REQUEST, interval.getStatus());
        assertTrue(body(interval).contains("\"pointer\":\"every\""), body(interval));
        HttpResponse<String> time = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?start=nine"));
        assertEquals(HttpStatus.BAD_REQUEST, time.getStatus());
        assertTrue(body(time).contains("\"pointer\":\"start\""), body(time));
    }

    @Test
    void everyIsReadWithTheDocumentsDurationGrammar() {
        HttpResponse<String> upper = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?every=1H"));
        assertEquals(HttpStatus.OK, upper.getStatus(), body(upper));
        HttpResponse<String> bad = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?every=45"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(body(bad).contains("every is not a duration: '45'; write it like 30s, 1m, 1m30s, 2h"), body(bad));
    }

    @Test
    void aStartWithOneDigitOfHoursWorks() throws IOException {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?start=9:00&end=9:50"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        Map<String, Object> plan = json.readValue(body(response), Argument.mapOf(String.class, Object.class));
        assertEquals("09:00", plan.get("start"));
        assertEquals(1, ((List<?>) plan.get("breaks")).size(), plan.toString());
    }

    @Test
    void refusalsQuoteWhatWasSentNotAJavaValue() {
        HttpResponse<String> interval = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?every=61m"));
        assertEquals(HttpStatus.BAD_REQUEST, interval.getStatus());
        assertTrue(body(interval).contains("every is not between 30m and 1h: '61m'"), body(interval));
        assertTrue(!body(interval).contains("PT1H1M"), body(interval));
        HttpResponse<String> time = Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?start=9h"));
        assertTrue(
                body(time).contains("start is not a time of day: '9h'; write it like 9:00, 09:00 or 17:30"),
                body(time));
    }

    @Test
    void aNightShiftRunsPastMidnight() throws IOException {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?start=22:00&end=02:00&every=1h"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        Map<String, Object> plan = json.readValue(body(response), Argument.mapOf(String.class, Object.class));
        assertEquals(
                List.of("23:00", "00:00", "01:00"),
                ((List<?>) plan.get("breaks"))
                        .stream().map(b -> ((Map<?, ?>) b).get("at")).toList());
    }

    @Test
    void aDayWithNoRoomForABreakIsA400SayingWhy() {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET("/api/v1/desk-breaks?start=09:00&end=09:30"));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertTrue(body(response).contains("no break fits between 09:00 and 09:30"), body(response));
        assertTrue(body(response).contains("\"pointer\":\"end\""), body(response));
    }

    @Test
    void everyCalendarEventCarriesAReminder() {
        HttpResponse<String> response =
                Http.exchange(http(), HttpRequest.GET(PLAN + "&date=2026-12-05").accept("text/calendar"));
        assertEquals(HttpStatus.OK, response.getStatus(), body(response));
        String text = body(response);
        assertEquals(10, text.split("BEGIN:VALARM", -1).length - 1, text);
        assertTrue(text.contains("DTSTART:20261207T094500"), "a Saturday starts on Monday: " + text);
    }
}
