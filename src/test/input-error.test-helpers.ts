import { server } from '@mocks/node';
import { expect, onTestFinished } from 'vitest';
import { InputError, type InputIssue } from '../api/errors';

/**
 * Asserts that `promise` rejects with the service layer's InputError, with an issue at `path` carrying the
 * translation key `message` (and `params`, when given). Returns the error for more checks.
 */
export async function expectInputIssue(
  promise: Promise<unknown>,
  path: string,
  message: InputIssue['message'],
  params?: InputIssue['params'],
): Promise<InputError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the input to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const issue = params ? { path, message, params: expect.objectContaining(params) } : { path, message };
  expect((error as InputError).issues).toContainEqual(expect.objectContaining(issue));
  return error as InputError;
}

/** Counts the requests that reach the mock back ends during the test (an InputError sends none). */
export function countRequests(): { count: number } {
  const seen = { count: 0 };
  const listener = () => {
    seen.count++;
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}
