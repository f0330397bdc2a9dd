/**
 * Raw requests to the Solo mock, for tests that must send what the service layer would refuse to send
 * (to check the mock enforces the vendor's rules too). Real fetch, answered by msw; nothing is stubbed.
 */
const url = (path: string) => new URL(path, globalThis.location?.href ?? 'http://localhost/').toString();

export const client = {
  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url(path), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  },
  send(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(url(path), init);
  },
};
