import { useSoloAgenda } from '@/api/solo/booking-queries';

/**
 * The waiting room of an appointment. Solo's appointment answer does not name it: it comes from the link
 * (`?room=`), or else from the CSV data dump of the appointment's day.
 */
export function useAppointmentRoom(id: number, date: number | undefined, fromLink: string | null) {
  const day = date === undefined ? undefined : new Date(date * 1000).toISOString().slice(0, 10);
  const agenda = useSoloAgenda(!fromLink && day ? { from: day, to: day } : undefined);
  if (fromLink) return { room: fromLink, pending: false, error: null };
  const entry = agenda.data?.find((candidate) => candidate.id === id);
  return {
    room: entry?.waitingRoom ?? null,
    pending: agenda.isPending && day !== undefined,
    error: agenda.error,
  };
}
