import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildSnippet, snippetLanguages } from '../lib/snippets';
import { SnippetPanel } from './snippet-panel';

const target = { baseUrl: 'https://voice.example.com', deploymentId: 'dep-1234', publishableKey: 'pk_live_abc' };

const packages = { react: '@parley/sdk-react', svelte: '@parley/sdk-svelte', vue: '@parley/sdk-vue', javascript: '@parley/sdk-core' };
const entry = { react: 'useParleyCall', svelte: 'parleyCall', vue: 'useParleyCall', javascript: 'createParleyClient' };

describe('snippets', () => {
  it.each(snippetLanguages.map((l) => l.id))('%s is filled with the deployment and the publishable key', (language) => {
    const code = buildSnippet(language, target);
    expect(code).toContain(`deploymentId: 'dep-1234'`);
    expect(code).toContain(`publishableKey: 'pk_live_abc'`);
    expect(code).toContain(`baseUrl: 'https://voice.example.com'`);
    expect(code).toContain(`import { ${entry[language]} } from '${packages[language]}'`);
  });

  it('switches framework and key, and falls back to a placeholder without keys', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SnippetPanel baseUrl={target.baseUrl} deploymentId="dep-1234" publishableKeys={[
      { id: 'k1', name: 'Website', key: 'pk_site' }, { id: 'k2', name: 'App', key: 'pk_app' },
    ]} />);
    expect(screen.getByTestId('snippet')).toHaveTextContent("publishableKey: 'pk_site'");
    await user.selectOptions(screen.getByLabelText('Publishable key'), 'k2');
    expect(screen.getByTestId('snippet')).toHaveTextContent("publishableKey: 'pk_app'");
    await user.click(screen.getByRole('tab', { name: 'Vue' }));
    expect(screen.getByTestId('snippet')).toHaveTextContent("from '@parley/sdk-vue'");
    expect(screen.getByText('npm install @parley/sdk-core @parley/sdk-vue')).toBeInTheDocument();

    rerender(<SnippetPanel baseUrl={target.baseUrl} deploymentId="dep-1234" publishableKeys={[]} />);
    expect(screen.getByText(/no publishable key yet/)).toBeInTheDocument();
  });
});
