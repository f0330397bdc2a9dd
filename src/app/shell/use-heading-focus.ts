import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a new page may take to show its heading before focus stops waiting for it. */
const WAIT_MS = 15_000;

/**
 * After a route change, focus moves to the new page's heading (its `h1` inside `#main`), so a keyboard or
 * screen-reader user starts at the top of the page they opened instead of on the link they left. Every
 * page gets this: it only needs an `h1`. Not on the first load, not when only the query changes (the
 * worklist's filters), and never away from something the user focused meanwhile.
 */
export function useHeadingFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;
    const focusedAtNavigation = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      const active = document.activeElement;
      const untouched = active === focusedAtNavigation || active === document.body || !main.contains(active);
      if (untouched) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}
