/**
 * Renders an Observable Plot chart. Plot is loaded on demand so the first page ships less JavaScript.
 * Plot adds a <style> element to each chart; the page's CSP allows no inline styles, so we remove it
 * before the chart enters the document and carry the same rules in styles.css.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n.js';

type PlotModule = typeof import('@observablehq/plot');

export function PlotFigure({
  build,
  label,
}: {
  build: (plot: PlotModule) => (HTMLElement | SVGSVGElement) | null;
  label: string;
}) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let node: Element | null = null;
    import('@observablehq/plot').then(
      (plot) => {
        if (cancelled || !host.current) return;
        try {
          node = build(plot);
        } catch {
          setFailed(true);
          return;
        }
        if (!node) return;
        for (const style of node.querySelectorAll('style')) style.remove();
        node.setAttribute('role', 'img');
        node.setAttribute('aria-label', label);
        host.current.append(node);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      node?.remove();
    };
  }, [build, label]);
  if (failed) return <p className="state state-error">{t('chart.error')}</p>;
  return <div className="plot" ref={host} />;
}
