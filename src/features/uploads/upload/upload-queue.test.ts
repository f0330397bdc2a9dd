import { describe, expect, it } from 'vitest';
import { UploadQueue } from './upload-queue';

class Transient extends Error {}

/** A send function whose calls the test settles one by one. */
function controlledSend() {
  const calls: {
    id: number;
    resolve: () => void;
    reject: (error: unknown) => void;
    progress: (f: number) => void;
  }[] = [];
  const send = (id: number, progress: (fraction: number) => void) =>
    new Promise<void>((resolve, reject) => calls.push({ id, resolve, reject, progress }));
  return { calls, send };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UploadQueue', () => {
  it('sends at most `maxConcurrency` files at once, in order, and ends done', async () => {
    const { calls, send } = controlledSend();
    const sent: number[] = [];
    const queue = new UploadQueue(
      send,
      { onSent: (id) => sent.push(id) },
      { maxConcurrency: 2, isTransient: () => false },
    );
    queue.enqueue([1, 2, 3, 4].map((id) => ({ id, size: 100 })));
    expect(calls.map((c) => c.id)).toEqual([1, 2]);
    calls[0]?.resolve();
    await flush();
    expect(calls.map((c) => c.id)).toEqual([1, 2, 3]);
    for (const call of calls.slice(1)) call.resolve();
    await flush();
    calls[3]?.resolve();
    await flush();
    expect(sent).toEqual([1, 2, 3, 4]);
    expect(queue.snapshot()).toMatchObject({ state: 'done', doneBytes: 400, totalBytes: 400, etaSeconds: 0 });
  });

  it('halves the concurrency and waits after a transient failure, retries the file, then grows back', async () => {
    const { calls, send } = controlledSend();
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    const failed: [number, boolean][] = [];
    const queue = new UploadQueue(
      send,
      { onFailed: (id, _error, willRetry) => failed.push([id, willRetry]) },
      {
        maxConcurrency: 4,
        retries: 1,
        isTransient: (error) => error instanceof Transient,
        backoffMs: () => 1000,
        now: () => now,
        setTimer: (run, ms) => timers.push({ at: now + ms, run }),
      },
    );
    queue.enqueue([1, 2, 3, 4, 5, 6].map((id) => ({ id, size: 10 })));
    expect(calls).toHaveLength(4);
    calls[0]?.reject(new Transient('429'));
    await flush();
    expect(queue.snapshot().concurrency).toBe(2);
    expect(failed).toEqual([[1, true]]);
    // Nothing starts during the cool-down, even though slots are free.
    calls[1]?.resolve();
    calls[2]?.resolve();
    calls[3]?.resolve();
    await flush();
    expect(calls).toHaveLength(4);
    // Three files went through meanwhile: the concurrency grows back by one.
    expect(queue.snapshot().concurrency).toBe(3);
    now = 1000;
    timers.shift()?.run();
    expect(calls.map((c) => c.id).slice(4)).toEqual([1, 5, 6]);
    // The retried file fails again: no retry left, it is failed for good.
    calls[4]?.reject(new Transient('500'));
    await flush();
    expect(failed.at(-1)).toEqual([1, false]);
  });

  it('pauses (in-flight files finish), resumes, cancels what has not started, and retries only what failed', async () => {
    const { calls, send } = controlledSend();
    const cancelled: number[] = [];
    const failed: number[] = [];
    const queue = new UploadQueue(
      send,
      { onCancelled: (id) => cancelled.push(id), onFailed: (id) => failed.push(id) },
      { maxConcurrency: 1, isTransient: () => false },
    );
    queue.enqueue([1, 2, 3].map((id) => ({ id, size: 1 })));
    queue.pause();
    expect(queue.snapshot().state).toBe('pausing');
    calls[0]?.reject(new Error('refused'));
    await flush();
    expect(queue.snapshot().state).toBe('paused');
    expect(calls).toHaveLength(1);
    queue.resume();
    expect(calls.map((c) => c.id)).toEqual([1, 2]);
    queue.cancel();
    expect(cancelled).toEqual([3]);
    calls[1]?.resolve();
    await flush();
    expect(queue.snapshot().state).toBe('cancelled');
    queue.enqueue([{ id: 1, size: 1 }]);
    expect(calls.map((c) => c.id)).toEqual([1, 2, 1]);
    expect(failed).toEqual([1]);
  });

  it('smooths the time remaining from the bytes sent over time', async () => {
    const { calls, send } = controlledSend();
    let now = 0;
    const queue = new UploadQueue(send, {}, { maxConcurrency: 1, isTransient: () => false, now: () => now });
    queue.enqueue([1, 2, 3].map((id) => ({ id, size: 1000 })));
    expect(queue.snapshot().etaSeconds).toBeNull();
    now = 1000;
    calls[0]?.resolve();
    await flush();
    // 1000 bytes per second, 2000 bytes left.
    expect(queue.snapshot().etaSeconds).toBeCloseTo(2);
    calls[1]?.progress(0.5);
    expect(queue.snapshot().doneBytes).toBe(1500);
  });
});
