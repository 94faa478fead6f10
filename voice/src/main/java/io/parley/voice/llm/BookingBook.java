package io.parley.voice.llm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The reservations of a small restaurant, in memory: open Tuesday to Sunday, seatings every 30 minutes from
 * 5 pm to 10 pm, a few tables per seating, parties of up to eight. Thread-safe.
 */
public final class BookingBook {

    private static final LocalTime FIRST_SEATING = LocalTime.of(17, 0);
    private static final LocalTime LAST_SEATING = LocalTime.of(22, 0);
    private static final int MAX_PARTY = 8;
    private static final String CODE_LETTERS = "ACDEFHJKLMNPRTUVWXY3479";

    private final int tablesPerSeating;
    private final RandomGenerator random;
    private final Map<String, Integer> taken = new HashMap<>();
    private final Map<String, Map<String, Object>> bookings = new LinkedHashMap<>();

    /** @param random makes confirmation codes; pass a seeded generator for repeatable tests */
    public BookingBook(int tablesPerSeating, RandomGenerator random) {
        this.tablesPerSeating = tablesPerSeating;
        this.random = random;
    }

    synchronized Map<String, Object> check(Map<String, Object> arguments) {
        Request request = Request.of(arguments);
        String problem = problem(request);
        if (problem != null) {
            return Map.of("available", false, "summary", problem);
        }
        if (free(request.date(), request.time())) {
            return Map.of("available", true, "summary", "Yes, we have a table for " + request.party() + " on "
                    + request.date() + " at " + clock(request.time()) + ".");
        }
        return Map.of("available", false, "summary", "Sorry, " + clock(request.time()) + " is fully booked. "
                + nearest(request));
    }

    synchronized Map<String, Object> book(Map<String, Object> arguments) {
        Request request = Request.of(arguments);
        String problem = problem(request);
        if (request.party() > MAX_PARTY) {
            throw ToolFailure.say(problem);
        }
        if (problem != null) {
            throw ToolFailure.askAgain(problem, request.date().getDayOfWeek() == DayOfWeek.MONDAY ? "date" : "time");
        }
        if (!free(request.date(), request.time())) {
            throw ToolFailure.askAgain("Sorry, we're fully booked at " + clock(request.time()) + ". "
                    + nearest(request), "time");
        }
        taken.merge(key(request.date(), request.time()), 1, Integer::sum);
        String code = code();
        Map<String, Object> booking = new LinkedHashMap<>(arguments);
        booking.put("confirmation", code);
        booking.put("time", request.time().toString());
        bookings.put(code, booking);
        return booking;
    }

    /** A booking by its confirmation code, or null. */
    public synchronized Map<String, Object> find(String confirmation) {
        return bookings.get(confirmation);
    }

    public synchronized int size() {
        return bookings.size();
    }

    private String problem(Request request) {
        if (request.party() > MAX_PARTY) {
            return "For more than " + MAX_PARTY + " guests, please call our events team.";
        }
        if (request.date().getDayOfWeek() == DayOfWeek.MONDAY) {
            return "Sorry, we're closed on Mondays.";
        }
        if (request.time().isBefore(FIRST_SEATING) || request.time().isAfter(LAST_SEATING)) {
            return "We seat guests from 5 pm to 10 pm.";
        }
        return null;
    }

    private boolean free(LocalDate date, LocalTime time) {
        return taken.getOrDefault(key(date, time), 0) < tablesPerSeating;
    }

    private String nearest(Request request) {
        for (int step = 1; step <= 10; step++) {
            for (int sign : new int[] {1, -1}) {
                LocalTime time = request.time().plusMinutes(30L * step * sign);
                if (!time.isBefore(FIRST_SEATING) && !time.isAfter(LAST_SEATING) && free(request.date(), time)) {
                    return "The nearest free time is " + clock(time) + ".";
                }
            }
        }
        return "We have no free tables that day.";
    }

    private String code() {
        String code;
        do {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                out.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
            }
            code = out.toString();
        } while (bookings.containsKey(code) || code.chars().noneMatch(Character::isDigit));
        return code;
    }

    private static String key(LocalDate date, LocalTime time) {
        return date + "T" + time;
    }

    private static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + (time.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", time.getMinute()))
                + (time.getHour() < 12 ? " am" : " pm");
    }

    private record Request(LocalDate date, LocalTime time, int party) {
        static Request of(Map<String, Object> arguments) {
            try {
                LocalDate date = LocalDate.parse(String.valueOf(arguments.get("date")));
                String[] hm = String.valueOf(arguments.get("time")).split(":");
                int hour = Integer.parseInt(hm[0]);
                // A restaurant's "seven thirty" is in the evening.
                hour = hour < 12 && hm[0].length() == 1 ? hour + 12 : hour;
                LocalTime time = LocalTime.of(hour, hm.length > 1 ? Integer.parseInt(hm[1]) : 0);
                int party = Integer.parseInt(String.valueOf(arguments.get("party_size")));
                return new Request(date, time, party);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw new IllegalArgumentException("bad booking request " + arguments + ": " + e.getMessage(), e);
            }
        }
    }
}
