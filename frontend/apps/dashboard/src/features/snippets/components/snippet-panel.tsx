import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Notice } from '@/components/ui/feedback';
import { Tabs } from '@/components/ui/tabs';
import { buildSnippet, snippetLanguages, type SnippetLanguage } from '../lib/snippets';

/** Integration code for each framework, filled with this deployment and a chosen publishable key. */
export function SnippetPanel({ baseUrl, deploymentId, publishableKeys, onCreateKey }: {
  baseUrl: string;
  deploymentId: string;
  publishableKeys: { id: string; name: string; key: string }[];
  onCreateKey?: () => void;
}) {
  const [language, setLanguage] = useState<SnippetLanguage>('react');
  const [keyId, setKeyId] = useState(publishableKeys[0]?.id ?? '');
  const chosen = publishableKeys.find((k) => k.id === keyId) ?? publishableKeys[0];
  const code = buildSnippet(language, { baseUrl, deploymentId, publishableKey: chosen?.key ?? 'pk_…' });
  const install = snippetLanguages.find((l) => l.id === language)!.install;

  return (
    <Card title="Integration snippets" actions={publishableKeys.length > 0 && (
      <label className="inline-label">
        Publishable key
        <select className="input input-compact" value={chosen?.id} onChange={(e) => setKeyId(e.target.value)} aria-label="Publishable key">
          {publishableKeys.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
        </select>
      </label>
    )}>
      {publishableKeys.length === 0 && (
        <Notice tone="warn">
          This workspace has no publishable key yet; the snippet shows a placeholder.{' '}
          {onCreateKey && <button type="button" className="link" onClick={onCreateKey}>Create one in Settings</button>}
        </Notice>
      )}
      <Tabs label="Framework" value={language} onChange={setLanguage} tabs={snippetLanguages.map((l) => ({ id: l.id, label: l.label }))} />
      <div className="code-block">
        <div className="code-toolbar"><code>{install}</code><CopyButton text={install} label="Copy command" /></div>
        <pre data-testid="snippet"><code>{code}</code></pre>
        <div className="code-actions"><CopyButton text={code} label="Copy code" /></div>
      </div>
    </Card>
  );
}
