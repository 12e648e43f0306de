import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide element (a table) that scrolls sideways on a narrow screen: a named region that takes
 * keyboard focus, so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      role="region"
      aria-label={t('common.scrollHint', { name: label })}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
      className="scroll-region"
    >
      {children}
    </div>
  );
}
