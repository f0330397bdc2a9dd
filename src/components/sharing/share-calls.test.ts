import { describe, expect, it, vi } from 'vitest';
import { runShareCalls } from './share-calls';

describe('runShareCalls', () => {
  it('sends the calls in order and reports each accepted one before sending the next', async () => {
    const order: string[] = [];
    const result = await runShareCalls(
      ['a', 'b', 'c'],
      async (call) => {
        order.push(`send ${call}`);
        return call === 'b' ? 'https://link.example/b' : null;
      },
      (call, link) => {
        order.push(`done ${call} ${link ?? '-'}`);
      },
    );
    expect(order).toEqual([
      'send a',
      'done a -',
      'send b',
      'done b https://link.example/b',
      'send c',
      'done c -',
    ]);
    expect(result).toEqual({
      done: [
        { call: 'a', link: null },
        { call: 'b', link: 'https://link.example/b' },
        { call: 'c', link: null },
      ],
      failed: null,
    });
  });

  it('stops at the first failure: what was sent is reported, the rest is not sent', async () => {
    const error = new Error('refused');
    const execute = vi.fn(async (call: string) => {
      if (call === 'b') throw error;
      return null;
    });
    const onDone = vi.fn();
    const result = await runShareCalls(['a', 'b', 'c'], execute, onDone);
    expect(execute).toHaveBeenCalledTimes(2);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ done: [{ call: 'a', link: null }], failed: { call: 'b', error } });
  });
});
