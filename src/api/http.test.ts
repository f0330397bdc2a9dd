import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { server } from '../../mocks/node';
import { ContractError, NetworkError, TimeoutError, VendorError } from './errors';
import { buildQuery, createVendorClient } from './http';

const client = createVendorClient({
  vendor: 'eden',
  parseError: (_status, body) => {
    const parsed = z.object({ detail: z.string() }).safeParse(body);
    return {
      message: parsed.success ? parsed.data.detail : 'Unknown error',
      fieldErrors: { folio: ['taken'] },
    };
  },
});
const thing = z.object({ id: z.number(), items: z.array(z.object({ status: z.enum(['A', 'B']) })) });

describe('createVendorClient', () => {
  it('prefixes the vendor base path, sends JSON and parses the answer', async () => {
    let seen: { url: string; body: unknown; type: string | null } | undefined;
    server.use(
      http.post('*/api/eden/things/', async ({ request }) => {
        seen = { url: request.url, body: await request.json(), type: request.headers.get('content-type') };
        return HttpResponse.json({ id: 1, items: [{ status: 'A' }] }, { status: 201 });
      }),
    );
    const result = await client.request({ method: 'POST', path: '/things/', json: { a: 1 }, schema: thing });
    expect(result).toEqual({ id: 1, items: [{ status: 'A' }] });
    expect(new URL(seen?.url ?? '').pathname).toBe('/api/eden/things/');
    expect(seen?.body).toEqual({ a: 1 });
    expect(seen?.type).toBe('application/json');
  });

  it('names the vendor, endpoint and failing field path on a contract error', async () => {
    server.use(
      http.get('*/api/eden/things/7/', () =>
        HttpResponse.json({ id: 7, items: [{ status: 'A' }, { status: 'Z' }] }),
      ),
    );
    const error = await client
      .request({ path: '/things/7/', endpoint: 'GET /things/{id}/', schema: thing })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    const contract = error as ContractError;
    expect(contract.vendor).toBe('eden');
    expect(contract.endpoint).toBe('GET /things/{id}/');
    expect(contract.fieldPath).toBe('items[1].status');
    expect(contract.message).toContain('items[1].status');
  });

  it('turns malformed JSON into a contract error', async () => {
    server.use(
      http.get(
        '*/api/eden/broken',
        () => new HttpResponse('{"id": 1,', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    await expect(client.request({ path: '/broken', schema: thing })).rejects.toBeInstanceOf(ContractError);
  });

  it("parses the vendor's error shape into a VendorError with status, message, field errors and Retry-After", async () => {
    server.use(
      http.get('*/api/eden/limited', () =>
        HttpResponse.json({ detail: 'Slow down' }, { status: 429, headers: { 'Retry-After': '3' } }),
      ),
    );
    const error = (await client
      .request({ path: '/limited', schema: thing })
      .catch((e: unknown) => e)) as VendorError;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.status).toBe(429);
    expect(error.vendorMessage).toBe('Slow down');
    expect(error.fieldErrors).toEqual({ folio: ['taken'] });
    expect(error.retryAfterSeconds).toBe(3);
  });

  it('keeps a non-JSON error body and still gives a message', async () => {
    server.use(http.get('*/api/eden/html', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = (await client
      .request({ path: '/html', schema: thing })
      .catch((e: unknown) => e)) as VendorError;
    expect(error.status).toBe(502);
    expect(error.body).toBe('<h1>Bad gateway</h1>');
    expect(error.vendorMessage).toBe('Unknown error');
  });

  it('aborts after the timeout with a TimeoutError', async () => {
    server.use(
      http.get('*/api/eden/slow', async () => {
        await delay('infinite'); // never answers: only the timeout can end it, however slow the machine
        return HttpResponse.json({ id: 1, items: [] });
      }),
    );
    const error = await client
      .request({ path: '/slow', schema: thing, timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('reports a network failure as a NetworkError', async () => {
    server.use(http.get('*/api/eden/down', () => HttpResponse.error()));
    await expect(client.request({ path: '/down', schema: thing })).rejects.toBeInstanceOf(NetworkError);
  });

  it('passes a caller cancellation through untouched', async () => {
    server.use(
      http.get('*/api/eden/cancel', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client.request({ path: '/cancel', schema: thing, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('sends multipart and binary bodies and reads binary answers with their file name', async () => {
    server.use(
      http.post('*/api/eden/upload', async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        return HttpResponse.json({ id: file.size, items: [] });
      }),
      http.put('*/api/eden/raw', async ({ request }) => {
        const bytes = new Uint8Array(await request.arrayBuffer());
        return new HttpResponse(bytes, {
          headers: {
            'Content-Type': request.headers.get('content-type') ?? '',
            'Content-Disposition': 'attachment; filename="report.csv"',
          },
        });
      }),
    );
    const form = new FormData();
    form.append('file', new File(['12345'], 'a.txt'));
    expect((await client.request({ method: 'POST', path: '/upload', form, schema: thing })).id).toBe(5);
    const echoed = await client.requestBinary({
      method: 'PUT',
      path: '/raw',
      binary: new Uint8Array([1, 2, 3]),
      contentType: 'text/csv',
    });
    expect(echoed.fileName).toBe('report.csv');
    expect(echoed.contentType).toBe('text/csv');
    expect(new Uint8Array(await echoed.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('buildQuery', () => {
  it('repeats arrays and drops empty values', () => {
    expect(buildQuery({ modality: ['CT', 'MR'], a: undefined, b: '', c: 0, d: false })).toBe(
      '?modality=CT&modality=MR&c=0&d=false',
    );
  });
});
