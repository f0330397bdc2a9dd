import { mockNow, setMockNow } from '@mocks/clock';
import { onSoloWebhook, type SoloWebhookData, type SoloWebhookEvent } from '@mocks/solo/webhook-bus';
import { expect, onTestFinished } from 'vitest';
import { z } from 'zod';
import { VendorError } from '../api/errors';
import { soloClient } from '../api/solo/client';

/** The reference day of the Solo care tests (America/New_York left DST on 2026-11-01, London on 2026-10-25). */
export const CARE_TEST_NOW = '2026-11-21T12:00:00Z';

/** Pins the mock clock for one test (before the store seeds) and unpins it afterwards. */
export function pinCareClock(at: string = CARE_TEST_NOW): number {
  setMockNow(at);
  onTestFinished(() => setMockNow(null));
  return Math.floor(mockNow().getTime() / 1000);
}

/** Records every webhook the mock emits during the test. */
export function captureSoloWebhooks(): { event: SoloWebhookEvent; data: SoloWebhookData }[] {
  const seen: { event: SoloWebhookEvent; data: SoloWebhookData }[] = [];
  const off = onSoloWebhook((event, data) => {
    seen.push({ event, data });
  });
  onTestFinished(() => {
    off();
  });
  return seen;
}

/**
 * Sends a raw request through the real client, bypassing our request schemas, to prove that the mock itself
 * enforces the vendor's rules.
 */
export function rawSolo(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  json?: unknown,
  query?: Record<string, string | number>,
) {
  return soloClient.request({ method, path, json, query, schema: z.unknown() });
}

export async function expectSoloError(
  promise: Promise<unknown>,
  status: number,
  message: string | RegExp,
): Promise<VendorError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorError);
  const vendorError = error as VendorError;
  expect(vendorError.status).toBe(status);
  expect(vendorError.vendorMessage).toMatch(message);
  return vendorError;
}
