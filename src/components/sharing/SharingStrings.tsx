import { Center, Loader } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { AppModal } from '../Dialogs';

interface SharingStringsProps {
  children: ReactNode;
  /** For a dialog: shown as a dialog with a loader while the strings load. */
  opened?: boolean;
  onClose?: () => void;
  fallbackTitle?: string;
  /** For inline components: what to show meanwhile. */
  fallback?: ReactNode;
}

/**
 * The share components live on other workflows' pages too, which did not load the "sharing" strings: they
 * load them here, under their own Suspense, so the host page never blanks while they arrive.
 */
export function SharingStrings({ children, opened, onClose, fallbackTitle, fallback }: SharingStringsProps) {
  const waiting =
    fallback ??
    (opened !== undefined && onClose ? (
      <AppModal opened={opened} onClose={onClose} title={fallbackTitle ?? ''}>
        <Center p="md">
          <Loader size="sm" aria-label={fallbackTitle} />
        </Center>
      </AppModal>
    ) : null);
  return <Suspense fallback={waiting}>{children}</Suspense>;
}
