import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Channel, Deployment, Presets } from '@/types/deployment';

/** Picks the deployment's channel and, on demand, resets every setting to that channel's preset. */
export function ChannelPresetCard({ deployment, presets, onApply, pending }: {
  deployment: Deployment;
  presets: Presets;
  onApply: (channel: Channel) => void;
  pending: boolean;
}) {
  const [channel, setChannel] = useState<Channel>(deployment.channel);
  return (
    <Card title="Channel preset" actions={<Button variant="secondary" disabled={pending} onClick={() => onApply(channel)}>Apply preset</Button>}>
      <div className="preset-options" role="radiogroup" aria-label="Channel">
        {presets.presets.map((p) => (
          <label key={p.channel} className={`preset-option ${channel === p.channel ? 'preset-selected' : ''}`}>
            <input type="radio" name="channel" value={p.channel} checked={channel === p.channel} onChange={() => setChannel(p.channel)} />
            <span className="preset-name">{p.channel.toLowerCase()}{deployment.channel === p.channel && <span className="muted small"> · current</span>}</span>
            <span className="preset-desc">{p.description}</span>
            <span className="preset-meta">{p.settings.silenceToEndTurnMs} ms end of turn · {p.settings.latencyBudgetMs} ms budget</span>
          </label>
        ))}
      </div>
      <p className="field-hint">Applying a preset replaces every real-time setting with the channel's defaults.</p>
    </Card>
  );
}
