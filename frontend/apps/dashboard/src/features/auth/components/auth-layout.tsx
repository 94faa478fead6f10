import type { ReactNode } from 'react';

export function AuthLayout({ title, subtitle, children, footer }: { title: string; subtitle: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="auth-screen">
      <div className="auth-panel">
        <div className="brand brand-large"><span className="brand-mark" aria-hidden>◗</span> Parley</div>
        <h1 className="auth-title">{title}</h1>
        <p className="muted">{subtitle}</p>
        {children}
        <div className="auth-footer">{footer}</div>
      </div>
    </div>
  );
}
