import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { searchShortcutSelector } from '@/components/shortcut-targets';
import { type NavItem, navItems } from './nav-items';

/** How long after `g` the area letter is awaited. */
const SEQUENCE_MS = 1500;
export const NEW_ORDER_PATH = '/orders/new';

/** Whether a key press goes to something the user types into (then no shortcut fires). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}

function focusSearch(): boolean {
  const boxes = [...document.querySelectorAll<HTMLElement>(searchShortcutSelector)];
  const visible = boxes.find((box) => box.offsetParent !== null || box.getClientRects().length > 0);
  if (!visible) return false;
  visible.focus();
  if (visible instanceof HTMLInputElement) visible.select();
  return true;
}

/**
 * The console's keyboard shortcuts (listed in the `?` dialog): `/` focuses the page's search box (a page
 * offers one with `searchShortcutTarget`), `n` starts a new order, `g` then a letter goes to an area, `?`
 * shows the list. None fires while the user types in a field, with a modifier key, or in an open dialog.
 */
export function useKeyboardShortcuts({
  onHelp,
  hrefOf,
}: {
  onHelp: () => void;
  /** Where an area's shortcut goes (the Orders area returns to its last worklist view). */
  hrefOf: (item: NavItem) => string;
}) {
  const navigate = useNavigate();
  useEffect(() => {
    let awaitingArea = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const now = performance.now();
      if (awaitingArea && now - awaitingArea < SEQUENCE_MS) {
        awaitingArea = 0;
        const item = navItems.find((candidate) => candidate.key === event.key.toLowerCase());
        if (item) {
          event.preventDefault();
          void navigate(hrefOf(item));
        }
        return;
      }
      awaitingArea = 0;
      switch (event.key) {
        case 'g':
          awaitingArea = now;
          return;
        case '/':
          if (focusSearch()) event.preventDefault();
          return;
        case 'n':
          event.preventDefault();
          void navigate(NEW_ORDER_PATH);
          return;
        case '?':
          event.preventDefault();
          onHelp();
          return;
        default:
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, onHelp, hrefOf]);
}
