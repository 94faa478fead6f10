/** What a snippet is filled with: where Parley runs, which deployment to call and the browser-safe key. */
export interface SnippetTarget {
  baseUrl: string;
  deploymentId: string;
  publishableKey: string;
}

export type SnippetLanguage = 'react' | 'svelte' | 'vue' | 'javascript';

export const snippetLanguages: { id: SnippetLanguage; label: string; install: string }[] = [
  { id: 'react', label: 'React', install: 'npm install @parley/sdk-core @parley/sdk-react' },
  { id: 'svelte', label: 'Svelte', install: 'npm install @parley/sdk-core @parley/sdk-svelte' },
  { id: 'vue', label: 'Vue', install: 'npm install @parley/sdk-core @parley/sdk-vue' },
  { id: 'javascript', label: 'JavaScript', install: 'npm install @parley/sdk-core' },
];

const options = (t: SnippetTarget, indent: string) =>
  [`baseUrl: '${t.baseUrl}',`, `deploymentId: '${t.deploymentId}',`, `publishableKey: '${t.publishableKey}',`].map((l) => indent + l).join('\n');

/** Copy-ready integration code for one framework, filled with the deployment's id and publishable key. */
export function buildSnippet(language: SnippetLanguage, t: SnippetTarget): string {
  switch (language) {
    case 'react':
      return `import { useParleyCall } from '@parley/sdk-react';

export function TalkButton() {
  const call = useParleyCall({
${options(t, '    ')}
  });
  const live = call.state.connection === 'connected';
  return (
    <div>
      <button onClick={() => (live ? call.end() : call.start())}>
        {live ? 'Hang up' : 'Talk to us'}
      </button>
      {call.state.transcript.map((line, i) => (
        <p key={i}><b>{line.role}:</b> {line.text}</p>
      ))}
    </div>
  );
}
`;
    case 'svelte':
      return `<script>
  import { parleyCall } from '@parley/sdk-svelte';

  const call = parleyCall({
${options(t, '    ')}
  });
</script>

<button on:click={() => ($call.connection === 'connected' ? call.end() : call.start())}>
  {$call.connection === 'connected' ? 'Hang up' : 'Talk to us'}
</button>
{#each $call.transcript as line}
  <p><b>{line.role}:</b> {line.text}</p>
{/each}
`;
    case 'vue':
      return `<script setup>
import { useParleyCall } from '@parley/sdk-vue';

const call = useParleyCall({
${options(t, '  ')}
});
</script>

<template>
  <button @click="call.state.value.connection === 'connected' ? call.end() : call.start()">
    {{ call.state.value.connection === 'connected' ? 'Hang up' : 'Talk to us' }}
  </button>
  <p v-for="(line, i) in call.state.value.transcript" :key="i"><b>{{ line.role }}:</b> {{ line.text }}</p>
</template>
`;
    case 'javascript':
      return `import { createParleyClient } from '@parley/sdk-core';

const client = createParleyClient({
${options(t, '  ')}
});

const call = client.call({ transport: 'auto' });
call.store.subscribe((state) => {
  console.log(state.agentState, state.transcript.at(-1)?.text);
});
document.querySelector('#talk').addEventListener('click', () => call.start());
document.querySelector('#hang-up').addEventListener('click', () => call.end());
`;
  }
}
