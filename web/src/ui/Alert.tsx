import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
}

/**
 * A message box. Success and info use role="status" (announced politely),
 * errors use role="alert".
 */
export function Alert({ tone = 'info', children }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}
