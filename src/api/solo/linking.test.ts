import { SOLO_MOCK_LINK_SECRET } from '@mocks/solo/integration-config';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encryptSoloPayload, SoloCryptoError } from '@/lib/crypto/solo-cipher';
import { createQueryWrapper } from '@/test/query-wrapper';
import { InputError } from '../errors';
import { useBuildSoloContextLink } from './integration-queries';
import {
  buildSoloContextLink,
  readSoloContextLink,
  type SoloContextLink,
  soloContextLinkSchema,
} from './linking';

const context: SoloContextLink = {
  user: '1234',
  type: 'provider',
  visit: '12345',
  date: 1_763_719_200,
  patient: { id: 'EXT-000042', sex: 'female', dob: '1990-04-12', firstName: 'María José', lastName: 'Núñez' },
};

describe('Solo context-aware linking', () => {
  it('builds /integrations/linking?arg= with the URL-encoded encrypted JSON, and reads it back', async () => {
    const link = await buildSoloContextLink(context, { secret: 'some secret' });
    expect(link.startsWith('https://demo.visitnow.org/integrations/linking?arg=')).toBe(true);
    const arg = link.split('?arg=')[1] ?? '';
    expect(arg).not.toMatch(/[+/=]/); // URL-encoded
    expect(decodeURIComponent(arg)).toMatch(/^[A-Za-z0-9+/]{11}=[A-Za-z0-9+/]{22}==/);
    expect(await readSoloContextLink(link, 'some secret')).toEqual(context);
  });

  it('uses a fresh salt and IV per link', async () => {
    const a = await buildSoloContextLink(context, { secret: 's' });
    const b = await buildSoloContextLink(context, { secret: 's' });
    expect(a).not.toBe(b);
  });

  it('takes another base URL', async () => {
    const link = await buildSoloContextLink(context, { secret: 's', baseUrl: 'https://cat.visitnow.org/' });
    expect(link.startsWith('https://cat.visitnow.org/integrations/linking?arg=')).toBe(true);
  });

  it.each([
    ['an unknown user type', { type: 'nurse' }],
    ['a missing visit', { visit: '' }],
    ['a date that is not a number', { date: '1763719200' }],
    ['an unknown sex', { patient: { ...context.patient, sex: 'M' } }],
    ['a malformed dob', { patient: { ...context.patient, dob: '12/04/1990' } }],
    ['a patient without a last name', { patient: { ...context.patient, lastName: undefined } }],
  ])('refuses %s', async (_name, overrides) => {
    await expect(
      buildSoloContextLink({ ...context, ...overrides } as SoloContextLink, { secret: 's' }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('accepts every documented user type and sex', () => {
    for (const type of ['patient', 'medicalAssistant', 'provider'] as const) {
      for (const sex of ['male', 'female', 'other', 'unknown'] as const) {
        expect(
          soloContextLinkSchema.safeParse({ ...context, type, patient: { ...context.patient, sex } }).success,
        ).toBe(true);
      }
    }
  });

  it('refuses to read a link with the wrong secret', async () => {
    const link = await buildSoloContextLink(context, { secret: 'right' });
    await expect(readSoloContextLink(link, 'wrong')).rejects.toBeInstanceOf(SoloCryptoError);
  });

  it('the mock redirects a valid link to the visit (302)', async () => {
    const link = await buildSoloContextLink(context, { secret: SOLO_MOCK_LINK_SECRET, baseUrl: '/api/solo' });
    const response = await client.send(link, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('https://demo.visitnow.org/videocalls/12345');
  });

  it('the mock refuses a link made with another secret, a missing arg and a payload off the schema', async () => {
    const wrong = await buildSoloContextLink(context, {
      secret: 'not the shared secret',
      baseUrl: '/api/solo',
    });
    const r1 = await client.send(wrong, { redirect: 'manual' });
    expect(r1.status).toBe(400);
    const r2 = await client.send('/api/solo/integrations/linking', { redirect: 'manual' });
    expect(await r2.json()).toEqual({
      error: { message: 'Bad parameters [arg: This value should not be blank.]' },
    });
    // The vendor's own example data has no type, date or patient.
    const partial = await encryptSoloPayload('{"visit":"12345","user":"1234"}', SOLO_MOCK_LINK_SECRET);
    const r3 = await client.send(`/api/solo/integrations/linking?arg=${encodeURIComponent(partial)}`, {
      redirect: 'manual',
    });
    expect(r3.status).toBe(400);
    expect(((await r3.json()) as { error: { message: string } }).error.message).toMatch(
      /^Bad parameters \[type: /,
    );
  });

  it('useBuildSoloContextLink builds a link', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useBuildSoloContextLink(), { wrapper });
    await act(() => result.current.mutateAsync({ context, secret: 'k' }));
    await waitFor(() => expect(result.current.data).toMatch(/\/integrations\/linking\?arg=/));
    expect(await readSoloContextLink(result.current.data ?? '', 'k')).toEqual(context);
  });
});
