/** How the dashboard names and groups the server's settings; ranges and explanations come from the server. */
export const settingLabels: Record<string, string> = {
  vadThreshold: 'VAD threshold',
  prefixPaddingMs: 'Prefix padding',
  silenceToEndTurnMs: 'Silence to end turn',
  minSpeechMs: 'Minimum speech',
  maxWaitMs: 'Maximum wait',
  bargeInMinDurationMs: 'Barge-in duration',
  bargeInMinWords: 'Barge-in words',
  resumeTimeoutMs: 'Resume after',
  deadAirTimeoutMs: 'Dead-air timeout',
  latencyBudgetMs: 'Latency budget',
};

export const settingGroups: { title: string; fields: string[] }[] = [
  { title: 'Turn detection', fields: ['vadThreshold', 'prefixPaddingMs', 'silenceToEndTurnMs', 'minSpeechMs', 'maxWaitMs'] },
  { title: 'Interruptions', fields: ['bargeInMinDurationMs', 'bargeInMinWords', 'resumeTimeoutMs'] },
  { title: 'Call health', fields: ['deadAirTimeoutMs', 'latencyBudgetMs'] },
];

export function labelFor(field: string): string {
  return settingLabels[field] ?? field.replace(/Ms$/, '').replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

export function formatRange(min: number, max: number, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  return `${min}–${max}${u}`;
}
