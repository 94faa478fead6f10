import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBanner, Notice } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { isProblem } from '@/lib/problem';
import type { AgentDraft, Engines, Flow } from '@/types/agent';
import { FlowEditor } from './flow-editor';

const sttEngines = ['pocketsphinx'];
const llmEngines = [
  { id: 'flow', label: 'Structured flow (offline)' },
  { id: 'openai', label: 'OpenAI' },
  { id: 'ollama', label: 'Ollama' },
];
const ttsEngines = [
  { id: 'espeak-ng', label: 'eSpeak NG' },
  { id: 'flite', label: 'Flite' },
];
const voices = ['en-us', 'en', 'en-gb', 'slt', 'kal', 'awb', 'rms'];

export const starterFlow = (): Flow => ({
  intents: [{
    name: 'opening_hours',
    examples: ['when are you open', 'what are your opening hours', 'hello'],
    slots: [],
    reply: 'We are open from nine to five, Monday to Friday.',
    tool: null,
    handoff: false,
  }],
  fallbackReply: 'Sorry, I did not catch that. Could you say it again?',
  handoffReply: null,
});

export const newAgentDraft = (): AgentDraft => ({
  name: '',
  instructions: 'You are a friendly receptionist. Keep answers short.',
  greeting: 'Hello! How can I help you today?',
  language: 'en-US',
  voice: 'en-us',
  engines: { stt: { engine: 'pocketsphinx', options: {} }, llm: { engine: 'flow', options: {} }, tts: { engine: 'espeak-ng', options: {} } },
  flow: starterFlow(),
});

const defaultEngines = (): Engines => newAgentDraft().engines!;

/** Edits everything about an agent; the server validates and its problem lands next to each named field. */
export function AgentForm({ initial, onSubmit, pending, error, saved, submitLabel }: {
  initial: AgentDraft;
  onSubmit: (draft: AgentDraft) => void;
  pending: boolean;
  error: unknown;
  saved?: boolean;
  submitLabel: string;
}) {
  const [draft, setDraft] = useState<AgentDraft>(initial);
  const engines = draft.engines ?? defaultEngines();
  const problem = isProblem(error) ? error : undefined;
  const errorFor = (field: string) => problem?.problem.errors?.find((e) => e.field === field)?.message;
  const setEngine = (stage: keyof Engines, engine: string) =>
    setDraft({ ...draft, engines: { ...engines, [stage]: { engine, options: engine === engines[stage].engine ? engines[stage].options : {} } } });
  const llm = engines.llm.engine;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ ...draft, engines, flow: llm === 'flow' || draft.flow?.intents.length ? draft.flow : null });
  };

  return (
    <form className="stack-lg" onSubmit={submit} noValidate>
      <Card title="Persona">
        <div className="grid-2">
          <TextField label="Name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={errorFor('name')} placeholder="Front desk" />
          <TextField label="Language" value={draft.language ?? ''} onChange={(e) => setDraft({ ...draft, language: e.target.value || null })}
            hint="A language tag such as en-US." error={errorFor('language')} />
        </div>
        <TextAreaField label="Instructions" rows={4} value={draft.instructions ?? ''} onChange={(e) => setDraft({ ...draft, instructions: e.target.value })}
          hint="The system prompt for LLM engines: who the agent is and how it speaks." error={errorFor('instructions')} />
        <TextField label="Greeting" value={draft.greeting ?? ''} onChange={(e) => setDraft({ ...draft, greeting: e.target.value })}
          hint="Spoken as soon as the caller connects. Leave empty to wait for the caller." error={errorFor('greeting')} />
      </Card>
      <Card title="Voice and engines">
        <div className="grid-4">
          <SelectField label="Speech to text" value={engines.stt.engine} onChange={(e) => setEngine('stt', e.target.value)} error={errorFor('engines.stt.engine')}>
            {sttEngines.map((e) => <option key={e} value={e}>{e}</option>)}
          </SelectField>
          <SelectField label="Language model" value={llm} onChange={(e) => setEngine('llm', e.target.value)} error={errorFor('engines.llm.engine')}>
            {llmEngines.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </SelectField>
          <SelectField label="Text to speech" value={engines.tts.engine} onChange={(e) => setEngine('tts', e.target.value)} error={errorFor('engines.tts.engine')}>
            {ttsEngines.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </SelectField>
          <TextField label="Voice" list="parley-voices" value={draft.voice ?? ''} onChange={(e) => setDraft({ ...draft, voice: e.target.value || null })}
            hint="eSpeak: en-us, en-gb · Flite: slt, kal" error={errorFor('voice')} />
          <datalist id="parley-voices">{voices.map((v) => <option key={v} value={v} />)}</datalist>
        </div>
        {llm !== 'flow' && (
          <TextField label="Model" value={engines.llm.options.model ?? ''} placeholder={llm === 'openai' ? 'gpt-4o-mini' : 'llama3.2'}
            onChange={(e) => setDraft({ ...draft, engines: { ...engines, llm: { engine: llm, options: { ...engines.llm.options, model: e.target.value } } } })}
            error={errorFor('engines.llm.options.model')} />
        )}
      </Card>
      <Card title="Conversation flow">
        {llm !== 'flow' && <Notice>The flow is used by the offline engine; with {llm} the instructions drive the conversation.</Notice>}
        <FlowEditor value={draft.flow ?? { intents: [], fallbackReply: null, handoffReply: null }} onChange={(flow) => setDraft({ ...draft, flow })}
          errors={(field) => errorFor(field)} />
        {errorFor('flow') && <p className="field-error" role="alert">{errorFor('flow')}</p>}
      </Card>
      {problem && <ErrorBanner error={problem} />}
      <div className="form-actions">
        {saved && <span className="saved-note">Saved</span>}
        <Button type="submit" disabled={pending}>{pending ? 'Saving…' : submitLabel}</Button>
      </div>
    </form>
  );
}
