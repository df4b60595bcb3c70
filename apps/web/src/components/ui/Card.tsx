import type { ReactNode } from 'react';

/** A titled section; the heading level is chosen by the screen so the outline stays correct. */
export function Card({ title, level = 2, children, actions, className }: {
  title?: ReactNode; level?: 2 | 3; children: ReactNode; actions?: ReactNode; className?: string;
}) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card${className ? ` ${className}` : ''}`}>
      {(title || actions) && (
        <div className="card-head">
          {title && <H>{title}</H>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
