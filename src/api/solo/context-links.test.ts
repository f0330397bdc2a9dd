import { SOLO_MOCK_LINK_SECRET } from '@mocks/solo/integration-config';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decryptSoloPayload } from '@/lib/crypto/solo-cipher';
import { createQueryWrapper } from '@/test/query-wrapper';
import { server } from '../../../mocks/node';
import { InputError, VendorError } from '../errors';
import { useRequestSoloContextLink } from './context-link-queries';
import { requestSoloContextLink } from './context-links';
import type { SoloContextLink } from './linking';

const context: SoloContextLink = {
  user: 'dra.núñez',
  type: 'provider',
  visit: '3110001',
  date: 1_773_221_400,
  patient: {
    id: 'EXT-000042',
    sex: 'female',
    dob: '1990-04-12',
    firstName: 'María José',
    lastName: 'Núñez Ødegård-李',
  },
};

describe('context links, encrypted by the console’s server (POST /api/solo/context-link)', () => {
  it('answers a Solo linking URL whose arg decrypts, with the server’s secret, to exactly the JSON sent', async () => {
    const url = await requestSoloContextLink(context);
    expect(url.startsWith('https://demo.visitnow.org/integrations/linking?arg=')).toBe(true);
    const json = await decryptSoloPayload(new URL(url).searchParams.get('arg') ?? '', SOLO_MOCK_LINK_SECRET);
    expect(json).toBe(JSON.stringify(context));
  });

  it('checks the JSON first: a bad field is an InputError on its path, and nothing is sent', async () => {
    let sent = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/context-link')) sent++;
    };
    server.events.on('request:start', count);
    onTestFinished(() => {
      server.events.removeListener('request:start', count);
    });
    const error = await requestSoloContextLink({
      ...context,
      type: 'nurse' as SoloContextLink['type'],
      patient: { ...context.patient, dob: '1990-02-30' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.path)).toEqual(['type', 'patient.dob']);
    expect(sent).toBe(0);
  });

  it('the server refuses a body off the schema with its issues by field (they land on VendorError.fieldErrors)', async () => {
    const raw = await client.post('/api/solo/context-link', { ...context, visit: '' });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: 'invalid', issues: [{ path: 'visit' }] });
    // A server that refuses what the console let through (e.g. a stricter gateway): its issues reach the fields.
    server.use(
      http.post('*/api/solo/context-link', () =>
        HttpResponse.json(
          { error: 'invalid', issues: [{ path: 'patient.dob', message: 'Too far in the past' }] },
          { status: 400 },
        ),
      ),
    );
    const error = await requestSoloContextLink(context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).fieldErrors).toEqual({ 'patient.dob': ['Too far in the past'] });
  });

  it('refuses an answer that is not a Solo linking URL', async () => {
    server.use(
      http.post('*/api/solo/context-link', () => HttpResponse.json({ url: 'https://evil.example/?x=1' })),
    );
    await expect(requestSoloContextLink(context)).rejects.toMatchObject({ kind: 'contract' });
  });

  it('the link it makes opens in the Solo mock (302 to the visit)', async () => {
    const url = new URL(await requestSoloContextLink(context));
    const response = await client.send(`/api/solo/integrations/linking${url.search}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('https://demo.visitnow.org/videocalls/3110001');
  });

  it('useRequestSoloContextLink answers the link', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useRequestSoloContextLink(), { wrapper });
    await act(() => result.current.mutateAsync(context));
    await waitFor(() => expect(result.current.data).toMatch(/\/integrations\/linking\?arg=/));
  });
});
