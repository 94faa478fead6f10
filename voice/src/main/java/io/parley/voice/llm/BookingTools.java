package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.Map;

/**
 * Demo tools for the restaurant booking flow, backed by an in-process {@link BookingBook}:
 * {@code check_availability(date, time, party_size)} and
 * {@code create_booking(name, date, time, party_size, seating)}, which answers with a confirmation code.
 */
public final class BookingTools {

    private BookingTools() {
    }

    /** Both tools over one book. */
    public static List<AgentTool> all(BookingBook book) {
        return List.of(checkAvailability(book), createBooking(book));
    }

    public static AgentTool checkAvailability(BookingBook book) {
        ToolSpecification spec = ToolSpecification.builder().name("check_availability")
                .description("Checks whether a table is free for a party at a date and time.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("date", "ISO date, e.g. 2026-03-14")
                        .addStringProperty("time", "time of day, e.g. 19:30")
                        .addIntegerProperty("party_size", "number of guests")
                        .required("date", "time", "party_size").build())
                .build();
        return tool(spec, arguments -> book.check(arguments));
    }

    public static AgentTool createBooking(BookingBook book) {
        ToolSpecification spec = ToolSpecification.builder().name("create_booking")
                .description("Books a table and returns a confirmation code.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("name", "the guest's name")
                        .addStringProperty("date", "ISO date, e.g. 2026-03-14")
                        .addStringProperty("time", "time of day, e.g. 19:30")
                        .addIntegerProperty("party_size", "number of guests")
                        .addStringProperty("seating", "inside, on the patio or at the bar")
                        .required("name", "date", "time", "party_size").build())
                .build();
        return tool(spec, arguments -> book.book(arguments));
    }

    private interface Body {
        Object run(Map<String, Object> arguments) throws Exception;
    }

    private static AgentTool tool(ToolSpecification spec, Body body) {
        return new AgentTool() {
            @Override
            public ToolSpecification specification() {
                return spec;
            }

            @Override
            public Object execute(Map<String, Object> arguments) throws Exception {
                return body.run(arguments);
            }
        };
    }
}
