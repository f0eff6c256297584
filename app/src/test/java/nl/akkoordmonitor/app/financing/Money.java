package nl.akkoordmonitor.app.financing;

import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The financing calls the tests repeat, each failing the test when the server refuses. */
public final class Money {

    private final Api api;

    public Money(Api api) {
        this.api = api;
    }

    public long stream(String token, StreamBuilder stream) {
        ApiResponse created = api.post(token, "/funding-streams", stream.body());
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    /** A stream with a budget for each of the given years, all of the same amount. */
    public long streamWithBudgets(String token, StreamBuilder stream, String amount, int... years) {
        long id = stream(token, stream);
        for (int year : years) {
            budget(token, id, year, amount);
        }
        return id;
    }

    public void budget(String token, long streamId, int year, String amount) {
        ApiResponse created = api.post(token, "/funding-streams/" + streamId + "/budgets", Map.of("year", year, "amount", new BigDecimal(amount)));
        assertEquals(201, created.status(), created.toString());
    }

    public ApiResponse allocate(String token, long streamId, int year, long commitmentId, String amount) {
        return api.post(token, "/allocations", Map.of("streamId", streamId, "year", year, "commitmentId", commitmentId,
                "amount", new BigDecimal(amount)));
    }

    public long allocation(String token, long streamId, int year, long commitmentId, String amount) {
        ApiResponse created = allocate(token, streamId, year, commitmentId, amount);
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    public ApiResponse spend(String token, long allocationId, int year, String amount) {
        ApiResponse created = api.post(token, "/allocations/" + allocationId + "/expenditures", Map.of("year", year, "amount", new BigDecimal(amount)));
        assertEquals(201, created.status(), created.toString());
        return created;
    }

    static BigDecimal euros(Object value) {
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }

    static BigDecimal euros(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
