import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts/draft-vault';
import type { SchedulePatient } from './patient-ref';

/**
 * What the user typed for a booking, and the booking attempt in flight, kept as an encrypted draft
 * (src/lib/drafts: AES-GCM, this tab only) so a reload, a failure or the idle lock loses nothing, and a
 * retry after a lost answer reuses the same external id.
 */
const DRAFT_NAME = 'schedule.booking';

const draftSchema = z.object({
  patient: z
    .union([
      z.object({ kind: z.literal('spid'), value: z.string() }),
      z.object({ kind: z.literal('id'), value: z.string() }),
    ])
    .nullable(),
  reasons: z.array(z.string()),
  /** The external id of the last attempt, the slot it was for, and whether it was sent. */
  attempt: z.object({ externalId: z.string(), slot: z.number(), sent: z.boolean() }).nullable(),
});
export type BookingDraft = z.infer<typeof draftSchema>;

const empty: BookingDraft = { patient: null, reasons: [], attempt: null };

function newExternalId(): string {
  return `console-${crypto.randomUUID()}`;
}

export function useBookingDraft() {
  const [values, setValues] = useState<BookingDraft>(empty);
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    let cancelled = false;
    void loadDraft(DRAFT_NAME).then((stored) => {
      if (cancelled) return;
      const parsed = draftSchema.safeParse(stored);
      if (parsed.success) setValues(parsed.data);
      setStatus('ready');
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const update = useCallback((patch: Partial<BookingDraft>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setValues(next);
    return saveDraft(DRAFT_NAME, next);
  }, []);

  return {
    status,
    values,
    setPatient: useCallback((patient: SchedulePatient | null) => void update({ patient }), [update]),
    setReasons: useCallback((reasons: string[]) => void update({ reasons }), [update]),
    /** The external id to send for this slot: the unsettled attempt's when it was for this slot, else a new one. */
    attemptFor: useCallback((slot: number) => {
      const attempt = latest.current.attempt;
      if (attempt && attempt.slot === slot)
        return { externalId: attempt.externalId, alreadySent: attempt.sent };
      return { externalId: newExternalId(), alreadySent: false };
    }, []),
    /** Written before the request leaves, so a reload during it still knows the attempt. */
    markSent: useCallback(
      (externalId: string, slot: number) => update({ attempt: { externalId, slot, sent: true } }),
      [update],
    ),
    /** The attempt definitely did not book: the next one gets a new external id. */
    forgetAttempt: useCallback(() => void update({ attempt: null }), [update]),
    /** Booked: nothing left to keep. */
    clear: useCallback(() => {
      latest.current = empty;
      setValues(empty);
      clearDraft(DRAFT_NAME);
    }, []),
  };
}
