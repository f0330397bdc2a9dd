import { soloAssistanceStore } from '@mocks/solo/integration-assistance';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { InputError, VendorError } from '../errors';
import {
  cancelSoloAssistanceRequest,
  createSoloAssistanceRequest,
  getSoloCurrentAssistanceRequest,
  type SoloAssistanceLocator,
} from './assistance';
import { SOLO_ASSISTANCE_MESSAGES } from './errors';
import {
  useCancelSoloAssistanceRequest,
  useCreateSoloAssistanceRequest,
  useSoloCurrentAssistanceRequest,
} from './integration-queries';

/** The vendor page's four example bodies; they all name the seeded example place. */
const examples: [string, SoloAssistanceLocator][] = [
  ['building, floor, room and bed', { building: 'hospital', floor: 'floor 2', room: '431', bed: 'bed 2' }],
  ['department, room and bed', { department: 'emergency department', room: '431', bed: 'bed 2' }],
  ['patient MRN', { patientMrn: '1234' }],
  ['device serial number', { deviceSerialNumber: '123457' }],
];

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as VendorError,
  );

describe('Solo assistance requests: create', () => {
  it.each(examples)('creates a request by %s', async (_name, locator) => {
    const created = await createSoloAssistanceRequest(locator);
    expect(created).toMatchObject({
      device: '123457',
      careLocation: { name: 'ICC-CL-01-02', video: { serialNumber: '123457', careLocationId: '1409' } },
      patient: { firstName: 'Yura', lastName: 'Lukashik', mrn: '1234', dob: '1984-03-28' },
      status: 'incomplete',
      finishedAt: null,
      location: { name: 'ICC First Location' },
      avSessions: [],
      createdFromExternalApi: true,
    });
  });

  it('creates by building, floor and room without the optional bed, and by department and room', async () => {
    const a = await createSoloAssistanceRequest({ building: 'Hospital', floor: 'floor 2', room: '431' });
    // The same place already has an open request: Solo answers it again.
    const b = await createSoloAssistanceRequest({ department: 'emergency department', room: '431' });
    expect(b.id).toBe(a.id);
  });

  it('answers the documented "Device could not be found" for a place without a device', async () => {
    for (const locator of [
      { building: 'hospital', floor: 'floor 2', room: '999' },
      { department: 'emergency department', room: '431', bed: 'bed 9' },
      { patientMrn: 'NOPE' },
      { deviceSerialNumber: '000000' },
    ]) {
      const error = await failure(createSoloAssistanceRequest(locator));
      expect(error).toBeInstanceOf(VendorError);
      expect(error.status).toBe(404);
      expect(error.vendorMessage).toBe('Device could not be found from the data submitted');
      expect(error.body).toEqual({ message: SOLO_ASSISTANCE_MESSAGES.deviceNotFound });
    }
  });

  it.each([
    ['an empty body', {}],
    ['building without floor', { building: 'hospital', room: '431' }],
    ['department without room', { department: 'emergency department' }],
    ['two variants mixed', { patientMrn: '1234', deviceSerialNumber: '123457' }],
  ])('refuses %s before sending, with the documented message', async (_name, body) => {
    const error = await createSoloAssistanceRequest(body as SoloAssistanceLocator).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toEqual({ path: '', message: 'validation.assistanceLocator' });
  });

  it('names the field when a variant is recognised but a value is blank', async () => {
    const error = await createSoloAssistanceRequest({ patientMrn: ' ' }).catch((e: unknown) => e);
    expect((error as InputError).issues[0]).toEqual({ path: 'patientMrn', message: 'validation.required' });
  });

  it('the mock answers the documented Missing Required Parameters message (400)', async () => {
    const response = await client.post('/api/solo/qapi/v1/request-assistance', { room: '431' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message:
        'Service Request Error: Missing Required Parameters. Please include either Device ID, Patient ID, or a combination of Building, Floor, Room, and Bed (opt.), or Department, Room, and Bed (opt.) to proceed',
    });
  });
});

describe('Solo assistance requests: current and cancel', () => {
  it.each(examples)('gets and cancels the current request by %s', async (_name, locator) => {
    const created = await createSoloAssistanceRequest({ deviceSerialNumber: '123457' });
    expect((await getSoloCurrentAssistanceRequest(locator)).id).toBe(created.id);
    await cancelSoloAssistanceRequest(locator);
    const error = await failure(getSoloCurrentAssistanceRequest(locator));
    expect(error.status).toBe(404);
    expect(error.vendorMessage).toBe('Service Request Error: Request not found');
  });

  it('answers "Request not found" when there is no current request (get and cancel)', async () => {
    const get = await failure(getSoloCurrentAssistanceRequest({ patientMrn: '1234' }));
    expect(get.vendorMessage).toBe(SOLO_ASSISTANCE_MESSAGES.requestNotFound);
    const cancel = await failure(cancelSoloAssistanceRequest({ deviceSerialNumber: '123457' }));
    expect(cancel.status).toBe(404);
    expect(cancel.vendorMessage).toBe(SOLO_ASSISTANCE_MESSAGES.requestNotFound);
  });

  it('a cancelled request lets a new one be created', async () => {
    const first = await createSoloAssistanceRequest({ deviceSerialNumber: '123457' });
    await cancelSoloAssistanceRequest({ deviceSerialNumber: '123457' });
    const second = await createSoloAssistanceRequest({ deviceSerialNumber: '123457' });
    expect(second.id).not.toBe(first.id);
    expect(soloAssistanceStore.get().requests.find((r) => r.id === first.id)?.status).toBe('cancelled');
  });

  it('works for a faker-seeded place too', async () => {
    const place = soloAssistanceStore.get().careLocations[3];
    const locator = { deviceSerialNumber: place?.device.serialNumber ?? '' };
    const created = await createSoloAssistanceRequest(locator);
    expect(created.careLocation.id).toBe(place?.id);
    expect((await getSoloCurrentAssistanceRequest(locator)).id).toBe(created.id);
  });
});

describe('Solo assistance requests: hooks', () => {
  it('the current-request query answers null, then the created request, then null after cancelling', async () => {
    const locator: SoloAssistanceLocator = {
      building: 'hospital',
      floor: 'floor 2',
      room: '431',
      bed: 'bed 2',
    };
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(
      () => ({
        current: useSoloCurrentAssistanceRequest(locator),
        create: useCreateSoloAssistanceRequest(),
        cancel: useCancelSoloAssistanceRequest(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.current.isSuccess).toBe(true));
    expect(result.current.current.data).toBeNull();
    await act(async () => {
      await result.current.create.mutateAsync({ patientMrn: '1234' });
    });
    await waitFor(() => expect(result.current.current.data?.device).toBe('123457'));
    await act(async () => {
      await result.current.cancel.mutateAsync(locator);
    });
    await waitFor(() => expect(result.current.current.data).toBeNull());
  });
});
