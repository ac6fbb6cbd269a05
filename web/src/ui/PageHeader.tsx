import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

export interface PageHeaderProps {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}

/** The screen's heading (the one h1), which also names the browser tab. */
export function PageHeader({ title, actions, children }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {children}
      </div>
      {actions ? <div className="btn-row">{actions}</div> : null}
    </div>
  );
}
