package io.parley.voice.llm;

/**
 * A filled slot.
 *
 * @param canonical what tools receive: an Integer for numbers, ISO {@code 2026-03-14} for dates, {@code 19:30} for
 *                  times (or {@code 7:30} when the caller gave no am/pm), the text otherwise
 * @param spoken    what replies say: "Saturday, March 14th", "7:30 pm"
 */
record SlotValue(Object canonical, String spoken) {
}
