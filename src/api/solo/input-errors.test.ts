import { describe, expect, it } from 'vitest';
import { countRequests, expectInputIssue } from '../../test/input-error.test-helpers';
import { createSoloAppointment } from './appointments';
import { createSoloAssistanceRequest } from './assistance';
import { uploadSoloAttachment } from './attachments';
import { createSoloPatient } from './patients';
import { createSoloEncounterReport } from './reports';
import { createSoloWebhook } from './webhooks';

describe('Solo: bad input is an InputError (field path + translation key), and nothing is sent', () => {
  it('care: patients and appointments', async () => {
    const sent = countRequests();
    await expectInputIssue(
      createSoloPatient({ id: 'P-1', birthDate: '1983-02-30' }),
      'birthDate',
      'validation.noSuchDate',
    );
    await expectInputIssue(
      createSoloPatient({ id: 'P-1', deceased: true }),
      'deceasedAt',
      'validation.deceasedAtRequired',
    );
    await expectInputIssue(
      createSoloAppointment({ spid: 1 }, { waitingRoom: 'Room', duration: 0 }),
      'duration',
      'validation.durationSeconds',
      { minimum: 1, maximum: 86_400 },
    );
    expect(sent.count).toBe(0);
  });

  it('integration: assistance, attachments, reports and webhooks', async () => {
    const sent = countRequests();
    await expectInputIssue(
      createSoloAssistanceRequest({} as { patientMrn: string }),
      '',
      'validation.assistanceLocator',
    );
    await expectInputIssue(
      uploadSoloAttachment({ appointmentId: 'a', file: new TextEncoder().encode('plain text') }),
      'bytes',
      'validation.fileTypeNotAllowed',
    );
    await expectInputIssue(
      createSoloEncounterReport({
        from: '2024-08-15T15:52:01Z',
        to: '2024-08-16T00:00:00+00:00',
        presetId: 'p',
        password: 'x',
      }),
      'from',
      'validation.atomDateTime',
    );
    await expectInputIssue(
      createSoloWebhook({ endpoint: 'ftp://example.com', events: ['patient:created', 'patient:created'] }),
      'events',
      'validation.duplicate',
    );
    expect(sent.count).toBe(0);
  });
});
