import { Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Asks before leaving the page while `active` (files being sent). react-router 7 in declarative mode has no
 * `useBlocker`, so this guards the three ways out itself:
 * - a reload, a closed tab, a typed address: `beforeunload` (the browser's own question);
 * - a click on an in-app link (the navigation, the logo): a capture-phase click listener on the document
 *   stops it before react-router's `<Link>` sees it, and asks in a dialog;
 * - the browser's Back button: while active, one extra history entry for the same address is pushed, so Back
 *   only pops it; the dialog then asks, and leaving goes back for real.
 */
export function useLeaveGuard(active: boolean) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ to: string } | { back: true } | null>(null);
  const guardEntry = useRef(false);

  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set.
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        anchor.target === '_blank' ||
        anchor.hasAttribute('download')
      )
        return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      setPending({ to: `${url.pathname}${url.search}${url.hash}` });
    };
    if (!guardEntry.current) {
      window.history.pushState({ ...window.history.state, uploadsGuard: true }, '');
      guardEntry.current = true;
    }
    const popState = (event: PopStateEvent) => {
      if ((event.state as { uploadsGuard?: boolean } | null)?.uploadsGuard) return;
      // Back popped our entry: still here; put it back and ask.
      window.history.pushState({ ...window.history.state, uploadsGuard: true }, '');
      setPending({ back: true });
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    window.addEventListener('popstate', popState);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
      window.removeEventListener('popstate', popState);
    };
  }, [active]);

  const leave = () => {
    const target = pending;
    setPending(null);
    if (!target) return;
    if ('to' in target) navigate(target.to);
    else window.history.go(-2);
  };

  return { pending: pending !== null, stay: () => setPending(null), leave };
}

/**
 * The question, in the page itself (an alert dialog at the top of the view, focus on "Stay"): not a modal,
 * whose overlay code would be shared with the first route's bundle.
 */
export function LeaveDialog({ guard }: { guard: ReturnType<typeof useLeaveGuard> }) {
  const { t } = useTranslation('uploads');
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (guard.pending) stay.current?.focus();
  }, [guard.pending]);
  if (!guard.pending) return null;
  return (
    <Paper
      role="alertdialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-body"
      withBorder
      shadow="md"
      p="md"
      data-testid="leave-dialog"
      style={{
        position: 'fixed',
        top: 72,
        left: 16,
        right: 16,
        maxWidth: 640,
        margin: '0 auto',
        zIndex: 300,
        borderColor: 'var(--mantine-color-red-9)',
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') guard.stay();
      }}
    >
      <Text fw={700} id="leave-title">
        {t('leave.title')}
      </Text>
      <Text size="sm" id="leave-body" mt={4}>
        {t('leave.body')}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button ref={stay} variant="default" onClick={guard.stay}>
          {t('leave.stay')}
        </Button>
        <Button color="red.9" onClick={guard.leave}>
          {t('leave.leave')}
        </Button>
      </Group>
    </Paper>
  );
}
