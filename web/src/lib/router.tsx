/**
 * A small router over the History API: the path decides the page, the query string holds list filters so
 * a filtered view can be bookmarked and shared. Links are real <a href> elements (keyboard, middle-click).
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

const listeners = new Set<() => void>();
let navigations = 0;

/** How many in-app navigations (links, back and forward) happened since the page loaded. */
export function navigationCount(): number {
  return navigations;
}

window.addEventListener('popstate', () => {
  navigations++;
});

/** Goes to a path inside the app without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigations++;
  for (const listener of listeners) listener();
}

/** The current location (path and search), re-rendering on navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

/** An in-app link: plain clicks navigate in place, modified clicks open a new tab as usual. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(props.href);
    window.scrollTo(0, 0);
  };
  return <a {...rest} onClick={handle} />;
}
