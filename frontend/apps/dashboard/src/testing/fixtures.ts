import type { Presets, RealtimeSettings } from '@/types/deployment';

/** Shapes copied from a running Parley node's GET /v1/deployment-presets. */
export const webSettings: RealtimeSettings = {
  vadThreshold: 0.5, prefixPaddingMs: 300, silenceToEndTurnMs: 500, minSpeechMs: 250, maxWaitMs: 3000,
  bargeInMinDurationMs: 300, bargeInMinWords: 1, backchannelWords: ['yeah', 'mm-hm'], resumeAfterFalseInterruption: true,
  resumeTimeoutMs: 1500, deadAirTimeoutMs: 7000, latencyBudgetMs: 1200, pipelineMode: 'PIPELINE',
};

export const presets: Presets = {
  presets: [
    { channel: 'WEB', description: 'Browser or app with a headset or laptop microphone.', settings: webSettings },
    { channel: 'PHONE', description: 'PSTN or SIP call: 8 kHz narrowband, line noise and echo.', settings: { ...webSettings, silenceToEndTurnMs: 800, latencyBudgetMs: 1500 } },
  ],
  ranges: [
    { field: 'vadThreshold', min: 0.05, max: 0.95, unit: '', description: 'Speech probability above which audio counts as speech.' },
    { field: 'prefixPaddingMs', min: 0, max: 1000, unit: 'ms', description: 'Audio kept before speech starts so the first syllable is heard.' },
    { field: 'silenceToEndTurnMs', min: 100, max: 5000, unit: 'ms', description: "Silence after which the caller's turn ends." },
    { field: 'minSpeechMs', min: 50, max: 2000, unit: 'ms', description: 'Shorter sounds (clicks, coughs) are not a turn.' },
    { field: 'maxWaitMs', min: 500, max: 10000, unit: 'ms', description: 'Longest wait for end of turn after speech stops, whatever the hints.' },
    { field: 'bargeInMinDurationMs', min: 100, max: 3000, unit: 'ms', description: 'Speech over the agent must last this long to interrupt.' },
    { field: 'bargeInMinWords', min: 0, max: 10, unit: 'words', description: 'Recognised words needed to interrupt (0 = duration only).' },
    { field: 'resumeTimeoutMs', min: 200, max: 5000, unit: 'ms', description: 'Wait before resuming after a false interruption.' },
    { field: 'deadAirTimeoutMs', min: 1000, max: 30000, unit: 'ms', description: 'Silence on the line before a recovery line is spoken.' },
    { field: 'latencyBudgetMs', min: 200, max: 10000, unit: 'ms', description: 'Target voice-to-voice latency; slower turns are flagged.' },
  ],
  maxBackchannelWords: 50,
};
