import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/feedback';

export function NotFoundPage() {
  return (
    <div className="center-screen">
      <EmptyState title="This page does not exist"><Link to="/">Back to the dashboard</Link></EmptyState>
    </div>
  );
}
