import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ListField } from '@/components/ui/list-field';
import { slotTypes, type Flow, type Intent, type Slot } from '@/types/agent';

/** Server messages by field path, e.g. `flow.intents[0].name`. */
export type FieldErrors = (field: string) => string | undefined;

export const emptyIntent = (): Intent => ({ name: '', examples: [], slots: [], reply: '', tool: null, handoff: false });
const emptySlot = (): Slot => ({ name: '', type: 'TEXT', prompt: '', values: [] });

/**
 * Edits a FlowDefinition: intents recognized from example phrases, slots the agent asks for, and the reply
 * (which may use {slot} placeholders). Field paths match the server's validation so its messages land in place.
 */
export function FlowEditor({ value, onChange, errors }: { value: Flow; onChange: (flow: Flow) => void; errors: FieldErrors }) {
  const setIntent = (i: number, patch: Partial<Intent>) =>
    onChange({ ...value, intents: value.intents.map((it, j) => (j === i ? { ...it, ...patch } : it)) });
  const setSlot = (i: number, s: number, patch: Partial<Slot>) =>
    setIntent(i, { slots: value.intents[i]!.slots.map((sl, k) => (k === s ? { ...sl, ...patch } : sl)) });

  return (
    <div className="flow-editor">
      {errors('flow.intents') && !value.intents.length && <p className="field-error" role="alert">{errors('flow.intents')}</p>}
      {value.intents.map((intent, i) => {
        const at = `flow.intents[${i}]`;
        return (
          <fieldset key={i} className="intent" aria-label={`Intent ${i + 1}`}>
            <div className="intent-head">
              <span className="intent-index">Intent {i + 1}</span>
              <Button variant="ghost" onClick={() => onChange({ ...value, intents: value.intents.filter((_, j) => j !== i) })}>Remove intent</Button>
            </div>
            <div className="grid-2">
              <TextField label="Intent name" value={intent.name} placeholder="book_table" hint="lower_snake_case, unique"
                onChange={(e) => setIntent(i, { name: e.target.value })} error={errors(`${at}.name`)} />
              <TextField label="Tool (optional)" value={intent.tool ?? ''} placeholder="create_booking"
                onChange={(e) => setIntent(i, { tool: e.target.value || null })} error={errors(`${at}.tool`)} />
            </div>
            <ListField separator="lines" label="Example phrases" value={intent.examples} hint="One per line: what callers say to mean this."
              onChange={(examples) => setIntent(i, { examples })} error={errors(`${at}.examples`)} />
            <TextAreaField label="Reply" rows={2} value={intent.reply} hint="Use {slot_name} to say a collected value."
              onChange={(e) => setIntent(i, { reply: e.target.value })} error={errors(`${at}.reply`)} />
            <label className="checkbox">
              <input type="checkbox" checked={intent.handoff} onChange={(e) => setIntent(i, { handoff: e.target.checked })} />
              Hand the caller over to a person after replying
            </label>
            <div className="slots">
              <div className="slots-title">Slots</div>
              {intent.slots.length === 0 && <p className="muted small">No slots: the agent replies at once.</p>}
              {intent.slots.map((slot, s) => {
                const slotAt = `${at}.slots[${s}]`;
                return (
                  <div key={s} className="slot-row" aria-label={`Slot ${s + 1} of intent ${i + 1}`} role="group">
                    <TextField label="Slot name" value={slot.name} placeholder="party_size"
                      onChange={(e) => setSlot(i, s, { name: e.target.value })} error={errors(`${slotAt}.name`)} />
                    <label className="field">
                      <span className="field-label">Type</span>
                      <select className="input" value={slot.type} onChange={(e) => setSlot(i, s, { type: e.target.value as Slot['type'] })}>
                        {slotTypes.map((t) => <option key={t} value={t}>{t.toLowerCase()}</option>)}
                      </select>
                    </label>
                    <TextField label="Question" value={slot.prompt} placeholder="For how many people?"
                      onChange={(e) => setSlot(i, s, { prompt: e.target.value })} error={errors(`${slotAt}.prompt`)} />
                    {slot.type === 'CHOICE' && (
                      <ListField separator="comma" label="Choices" value={slot.values} placeholder="indoor, terrace"
                        onChange={(values) => setSlot(i, s, { values })} error={errors(`${slotAt}.values`)} />
                    )}
                    <Button variant="ghost" aria-label={`Remove slot ${s + 1}`}
                      onClick={() => setIntent(i, { slots: intent.slots.filter((_, k) => k !== s) })}>✕</Button>
                  </div>
                );
              })}
              <Button variant="secondary" onClick={() => setIntent(i, { slots: [...intent.slots, emptySlot()] })}>Add slot</Button>
            </div>
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => onChange({ ...value, intents: [...value.intents, emptyIntent()] })}>Add intent</Button>
      <div className="grid-2">
        <TextField label="Fallback reply" value={value.fallbackReply ?? ''} hint="Said when no intent matches."
          onChange={(e) => onChange({ ...value, fallbackReply: e.target.value || null })} error={errors('flow.fallbackReply')} />
        <TextField label="Hand-off reply" value={value.handoffReply ?? ''} hint="Said before a hand-off to a person."
          onChange={(e) => onChange({ ...value, handoffReply: e.target.value || null })} error={errors('flow.handoffReply')} />
      </div>
    </div>
  );
}
