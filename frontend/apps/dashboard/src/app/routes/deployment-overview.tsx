import { useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { ErrorBanner, Loading } from '@/components/ui/feedback';
import { useOverview } from '@/features/overview/api/get-overview';
import { OverviewCharts } from '@/features/overview/components/overview-charts';
import { OverviewWindowPicker, windows, type WindowId } from '@/features/overview/components/overview-window-picker';

/** One deployment's charts over a chosen time window. */
export function DeploymentOverview({ workspaceId, deploymentId }: { workspaceId: string; deploymentId: string }) {
  const [windowId, setWindowId] = useState<WindowId>('24h');
  const window = useMemo(() => {
    const w = windows[windowId];
    const to = new Date();
    const from = new Date(to.getTime() - w.hours * 3_600_000);
    return { from: from.toISOString(), to: to.toISOString(), bucketMinutes: w.bucketMinutes };
  }, [windowId]);
  const overview = useOverview(workspaceId, deploymentId, window);
  return (
    <div className="stack-lg">
      <OverviewWindowPicker value={windowId} onChange={setWindowId} />
      {overview.isPending ? <Card><Loading /></Card> : overview.error ? <ErrorBanner error={overview.error} /> : <OverviewCharts overview={overview.data} />}
    </div>
  );
}
