import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { EdenFacility } from '@/api/eden/facilities';
import { useZonedTimeCheck, ZonedTimeFields } from '@/components/scheduling/ZonedTimeFields';
import type { OrderFormValues } from '../order-form-model';

interface EdenAppointmentFieldsProps<TOutput extends FieldValues> {
  form: UseFormReturn<OrderFormValues, unknown, TOutput>;
  facilities: EdenFacility[] | undefined;
  /** The form's own inputs for appointment_date, appointment_time and appointment_duration. */
  date: ReactNode;
  time: ReactNode;
  duration: ReactNode;
}

/**
 * An Eden order's appointment: date, time and duration on the chosen facility's wall clock, sent without
 * a zone as Eden expects. Around the inputs: the facility's zone (seen and changeable), what the time
 * means in the user's own zone, and the refusal of a time that the zone skips or has twice at a clock
 * change (the form's validation refuses it too: src/components/scheduling/zoned-time-issue.ts).
 */
export function EdenAppointmentFields<TOutput extends FieldValues>({
  form,
  facilities,
  date,
  time,
  duration,
}: EdenAppointmentFieldsProps<TOutput>) {
  const [facilityId, day, clock] = form.watch([
    'facility_identifier',
    'appointment_date',
    'appointment_time',
  ]);
  const id = facilityId.trim();
  const location = id ? ({ kind: 'eden-facility', id } as const) : undefined;
  const zoned = useZonedTimeCheck(day.trim(), clock.trim(), location);
  const name = facilities?.find((facility) => facility.identifier === id)?.name;
  return (
    <ZonedTimeFields zoned={zoned} locationName={name ? `${name} (${id})` : id}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {date}
        {time}
        {duration}
      </SimpleGrid>
    </ZonedTimeFields>
  );
}
