import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBanner } from '@/components/ui/feedback';
import { Field, TextField } from '@/components/ui/field';
import { isProblem } from '@/lib/problem';
import type { Presets, RealtimeSettings, SettingRange } from '@/types/deployment';
import { formatRange, labelFor, settingGroups } from './setting-labels';

type NumericDraft = Record<string, string>;

const toDraft = (s: RealtimeSettings, ranges: SettingRange[]): NumericDraft =>
  Object.fromEntries(ranges.map((r) => [r.field, String((s as Record<string, unknown>)[r.field] ?? '')]));

/**
 * Every real-time setting of a deployment with the range and explanation the server publishes. Values are not
 * checked here: the server is the judge, and its problem detail is shown under the field it names.
 */
export function RealtimeSettingsForm({ settings, presets, onSave, pending, error, saved }: {
  settings: RealtimeSettings;
  presets: Presets;
  onSave: (patch: Partial<RealtimeSettings>) => void;
  pending: boolean;
  error: unknown;
  saved?: boolean;
}) {
  const [numbers, setNumbers] = useState<NumericDraft>(() => toDraft(settings, presets.ranges));
  const [backchannel, setBackchannel] = useState(settings.backchannelWords.join(', '));
  const [resume, setResume] = useState(settings.resumeAfterFalseInterruption);
  const [mode, setMode] = useState(settings.pipelineMode);
  useEffect(() => {
    setNumbers(toDraft(settings, presets.ranges));
    setBackchannel(settings.backchannelWords.join(', '));
    setResume(settings.resumeAfterFalseInterruption);
    setMode(settings.pipelineMode);
  }, [settings, presets.ranges]);

  const problem = isProblem(error) ? error : undefined;
  const errorFor = (field: string) => problem?.problem.errors?.find((e) => e.field === `settings.${field}`)?.message;
  const byField = useMemo(() => new Map(presets.ranges.map((r) => [r.field, r])), [presets.ranges]);
  const grouped = new Set(settingGroups.flatMap((g) => g.fields));
  const groups = [...settingGroups, { title: 'More', fields: presets.ranges.map((r) => r.field).filter((f) => !grouped.has(f)) }]
    .map((g) => ({ ...g, fields: g.fields.filter((f) => byField.has(f)) }))
    .filter((g) => g.fields.length > 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: Record<string, unknown> = {};
    for (const r of presets.ranges) {
      const raw = numbers[r.field]?.trim() ?? '';
      const current = (settings as Record<string, unknown>)[r.field];
      if (raw !== '' && Number(raw) !== current) patch[r.field] = Number(raw);
    }
    const words = backchannel.split(',').map((w) => w.trim()).filter(Boolean);
    if (words.join('\n') !== settings.backchannelWords.join('\n')) patch.backchannelWords = words;
    if (resume !== settings.resumeAfterFalseInterruption) patch.resumeAfterFalseInterruption = resume;
    if (mode !== settings.pipelineMode) patch.pipelineMode = mode;
    onSave(patch as Partial<RealtimeSettings>);
  };

  const numberField = (field: string) => {
    const r = byField.get(field)!;
    return (
      <Field key={field} label={<>{labelFor(field)} <span className="range">{formatRange(r.min, r.max, r.unit)}</span></>} hint={r.description} error={errorFor(field)}>
        {(id, describedBy) => (
          <div className="input-with-unit">
            <input id={id} name={field} className="input" type="number" inputMode="decimal" step={r.max <= 1 ? 0.01 : 1}
              value={numbers[field] ?? ''} aria-invalid={errorFor(field) ? true : undefined} aria-describedby={describedBy}
              onChange={(e) => setNumbers({ ...numbers, [field]: e.target.value })} />
            {r.unit && <span className="unit">{r.unit}</span>}
          </div>
        )}
      </Field>
    );
  };

  return (
    <form className="stack-lg" onSubmit={submit} noValidate aria-label="Real-time settings">
      {groups.map((g) => (
        <Card key={g.title} title={g.title}>
          <div className="grid-3">
            {g.fields.map(numberField)}
            {g.title === 'Interruptions' && (
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" checked={resume} onChange={(e) => setResume(e.target.checked)} />
                  Resume after a false interruption
                </label>
                <p className="field-hint">When the caller only coughed, the agent picks up where it stopped.</p>
                {errorFor('resumeAfterFalseInterruption') && <p className="field-error" role="alert">{errorFor('resumeAfterFalseInterruption')}</p>}
              </div>
            )}
            {g.title === 'Call health' && (
              <Field label="Pipeline mode" hint="Pipeline: STT → LLM → TTS. Realtime: a speech-to-speech model." error={errorFor('pipelineMode')}>
                {(id) => (
                  <select id={id} className="input" value={mode} onChange={(e) => setMode(e.target.value as RealtimeSettings['pipelineMode'])}>
                    <option value="PIPELINE">pipeline</option>
                    <option value="REALTIME">realtime</option>
                  </select>
                )}
              </Field>
            )}
          </div>
          {g.title === 'Interruptions' && (
            <TextField label={<>Backchannel words <span className="range">up to {presets.maxBackchannelWords}</span></>} value={backchannel}
              onChange={(e) => setBackchannel(e.target.value)} hint="Said over the agent, these never interrupt it (comma-separated)."
              error={errorFor('backchannelWords')} />
          )}
        </Card>
      ))}
      {problem && <ErrorBanner error={problem} />}
      <div className="form-actions">
        {saved && !problem && <span className="saved-note" role="status">Settings saved</span>}
        <Button type="submit" disabled={pending}>{pending ? 'Saving…' : 'Save settings'}</Button>
      </div>
    </form>
  );
}
