package io.parley.bench.text;

import java.util.ArrayList;
import java.util.List;

/** A realistic agent reply, dense in the written forms the normalizer rewrites, and the tokens an LLM sends it in. */
final class ReplyText {

    static final String TEXT = String.join(" ",
            "Great news, Dr. Patel! I've booked a table for 4 on March 14th, 2026 at 7:30 pm.",
            "Your confirmation code is AB12C, and the deposit of $12.50 was charged to your card.",
            "If you need to change anything, call us at (555) 123-4567 or email bookings@trattoria.example.com.",
            "The tasting menu is $85 per person, and about 3.5% of the bill goes to the kitchen team.",
            "We're 5 km from the station; parking is free after 6 pm, e.g. on Mill Lane.",
            "It's 72°F on the patio tonight, so bring a light jacket.",
            "Since 1999 we've served over 1,000,000 guests, and order #A7X9 from your last visit is on file.",
            "See https://trattoria.example.com/menu for the full menu. We look forward to seeing you!");

    /** About four characters per token, the way a BPE model streams English. */
    static List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < TEXT.length(); i += 4) {
            tokens.add(TEXT.substring(i, Math.min(TEXT.length(), i + 4)));
        }
        return tokens;
    }

    private ReplyText() {
    }
}
