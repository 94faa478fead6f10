import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { isProblem } from '@/lib/problem';
import type { Channel, DeploymentDraft, Presets } from '@/types/deployment';

/** Deploys an agent to a channel; its settings start from the channel's preset. */
export function CreateDeploymentForm({ agents, presets, onSubmit, pending, error }: {
  agents: { id: string; name: string }[];
  presets: Presets;
  onSubmit: (draft: DeploymentDraft) => void;
  pending: boolean;
  error: unknown;
}) {
  const [name, setName] = useState('');
  const [agentId, setAgentId] = useState(agents[0]?.id ?? '');
  const [channel, setChannel] = useState<Channel>('WEB');
  const problem = isProblem(error) ? error : undefined;
  const errorFor = (f: string) => problem?.problem.errors?.find((e) => e.field === f)?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ name, agentId, channel });
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <TextField label="Deployment name" required value={name} onChange={(e) => setName(e.target.value)} placeholder="Website" error={errorFor('name')} />
      <SelectField label="Agent" value={agentId} onChange={(e) => setAgentId(e.target.value)} error={errorFor('agentId')}>
        {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </SelectField>
      <SelectField label="Channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)} error={errorFor('channel')}
        hint={presets.presets.find((p) => p.channel === channel)?.description}>
        {presets.presets.map((p) => <option key={p.channel} value={p.channel}>{p.channel.toLowerCase()}</option>)}
      </SelectField>
      <Button type="submit" disabled={pending || !agentId}>Create deployment</Button>
      {problem && !problem.problem.errors && <ErrorBanner error={problem} />}
    </form>
  );
}
