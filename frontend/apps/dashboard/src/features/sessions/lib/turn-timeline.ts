import { sortStages, stageLabel } from '@/lib/turn-stages';

/** A turn's latency breakdown as the `turn_timeline` event carries it. */
export interface TurnTimeline {
  turnId: number;
  marksMs: Record<string, number>;
  gapsMs: Record<string, number>;
  totalMs: number;
  voiceToVoiceMs: number;
  budgetMs: number;
  overBudget: boolean;
}

/** One bar of the waterfall: a stage, where it starts after the caller stopped speaking, and how long it took. */
export interface WaterfallStage {
  key: string;
  label: string;
  startMs: number;
  durationMs: number;
  /** False for stages after the agent's audio left Parley (client playback): not part of voice-to-voice. */
  inVoiceToVoice: boolean;
}

/**
 * Gaps in the order the turn went through them. The stored log does not keep JSON key order (PostgreSQL jsonb
 * sorts keys), so order by the known mark sequence, then by when an unknown mark was reached.
 */
export function orderedGaps(timeline: TurnTimeline): [string, number][] {
  return sortStages(Object.keys(timeline.gapsMs), timeline.marksMs).map((k) => [k, timeline.gapsMs[k]!]);
}

/**
 * The waterfall's bars in mark order. Gaps are consecutive, so the bars up to `first_audio_out` add up to the
 * voice-to-voice latency; later stages (client playback) are shown after it.
 */
export function waterfallStages(timeline: TurnTimeline): WaterfallStage[] {
  const stages: WaterfallStage[] = [];
  let offset = 0;
  let reachedAudioOut = false;
  for (const [key, ms] of orderedGaps(timeline)) {
    stages.push({ key, label: stageLabel(key), startMs: offset, durationMs: ms, inVoiceToVoice: !reachedAudioOut });
    offset += ms;
    if (key.endsWith('->first_audio_out')) reachedAudioOut = true;
  }
  return stages;
}

/** A turn may report twice (at first audio, then after client playback): the later report wins. */
export function latestTimelines(timelines: TurnTimeline[]): TurnTimeline[] {
  const byTurn = new Map<number, TurnTimeline>();
  for (const t of timelines) byTurn.set(t.turnId, t);
  return [...byTurn.values()].sort((a, b) => a.turnId - b.turnId);
}
