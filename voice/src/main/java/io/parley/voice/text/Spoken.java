package io.parley.voice.text;

/** What a rule says for the words it consumed. */
record Spoken(String text, int consumed) {
}
