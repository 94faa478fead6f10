import { Tabs } from '@/components/ui/tabs';
import type { BucketMinutes } from '../types';

export type WindowId = '1h' | '24h' | '7d' | '30d';

/** Time windows the overview offers, each with a bucket size that gives a readable number of points. */
export const windows: Record<WindowId, { label: string; hours: number; bucketMinutes: BucketMinutes }> = {
  '1h': { label: 'Last hour', hours: 1, bucketMinutes: 5 },
  '24h': { label: 'Last 24 hours', hours: 24, bucketMinutes: 60 },
  '7d': { label: 'Last 7 days', hours: 24 * 7, bucketMinutes: 1440 },
  '30d': { label: 'Last 30 days', hours: 24 * 30, bucketMinutes: 1440 },
};

export function OverviewWindowPicker({ value, onChange }: { value: WindowId; onChange: (id: WindowId) => void }) {
  return <Tabs label="Time window" value={value} onChange={onChange} tabs={(Object.keys(windows) as WindowId[]).map((id) => ({ id, label: windows[id].label }))} />;
}
