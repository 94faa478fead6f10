import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/feedback';

export function TryItPanel(_props: { workspaceId: string; deploymentId: string; budgetMs: number }) {
  return <Card title="Try it"><Notice>Coming with the SDK.</Notice></Card>;
}
