package io.parley.tenant.deployment;

import io.parley.tenant.problem.Checks;
import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.settings.Setting;
import java.util.regex.Pattern;

/** Checks merged settings against the ranges the engine accepts ({@link Setting}); names each field and range. */
final class SettingsValidator {

    private static final Pattern WORD = Pattern.compile("^[\\p{L}][\\p{L}' -]*$");

    private SettingsValidator() {
    }

    static void validate(RealtimeSettings s, Checks checks) {
        for (Setting setting : Setting.values()) {
            checks.require(setting.allows(setting.valueIn(s)), "settings." + setting.field(), setting.rangeText());
        }
        checks.size(s.backchannelWords(), "settings.backchannelWords", Setting.MAX_BACKCHANNEL_WORDS);
        for (String word : s.backchannelWords()) {
            checks.require(!word.isEmpty() && word.length() <= Setting.MAX_BACKCHANNEL_WORD_LENGTH
                            && WORD.matcher(word).matches(), "settings.backchannelWords",
                    "'%s' must be a word or short phrase of letters (at most %d characters)"
                            .formatted(word, Setting.MAX_BACKCHANNEL_WORD_LENGTH));
        }
        checks.require(s.resumeTimeoutMs() < s.deadAirTimeoutMs(), "settings.resumeTimeoutMs",
                "must be shorter than deadAirTimeoutMs, or a false interruption would leave dead air");
    }
}
