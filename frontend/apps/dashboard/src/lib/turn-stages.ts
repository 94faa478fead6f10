/**
 * The stages of a turn as Parley's turn timeline names them: marks in the order a turn reaches them
 * (io.parley.voice TimelineMark) and a short label for each gap "from->to" between consecutive marks.
 */
export const markOrder = [
  'user_speech_end', 'end_of_turn', 'stt_final', 'llm_first_token', 'first_sentence', 'tts_first_audio',
  'first_audio_out', 'client_playback_start',
] as const;

const stageLabels: Record<string, string> = {
  'user_speech_end->end_of_turn': 'End of turn',
  'end_of_turn->stt_final': 'Final transcript',
  'stt_final->llm_first_token': 'LLM first token',
  'llm_first_token->first_sentence': 'First sentence',
  'first_sentence->tts_first_audio': 'TTS first audio',
  'tts_first_audio->first_audio_out': 'Audio out',
  'first_audio_out->client_playback_start': 'Client playback',
};

const markName = (m: string) => m.replace(/_/g, ' ');

export function stageLabel(gap: string): string {
  const known = stageLabels[gap];
  if (known) return known;
  const [from = gap, to = ''] = gap.split('->');
  return `${markName(from)} → ${markName(to)}`;
}

/** Sort rank of a gap: its start mark's place in the turn; unknown marks go last, by `reachedAtMs` if known. */
export function stageRank(gap: string, reachedAtMs?: Record<string, number>): number {
  const from = gap.split('->')[0] ?? gap;
  const known = (markOrder as readonly string[]).indexOf(from);
  return known >= 0 ? known : markOrder.length + (reachedAtMs?.[from] ?? 0) / 1e9;
}

/** Gap names in the order a turn goes through them (stored JSON does not keep key order). */
export function sortStages(gaps: string[], reachedAtMs?: Record<string, number>): string[] {
  return [...gaps].sort((a, b) => stageRank(a, reachedAtMs) - stageRank(b, reachedAtMs));
}
