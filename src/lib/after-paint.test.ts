import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const nextFrame = () => {
    const pending = frames;
    frames = [];
    for (const callback of pending) callback(0);
  };

  it('runs the task after two frames and a task, once', () => {
    const task = vi.fn();
    afterPaint(task);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(task).not.toHaveBeenCalled();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs it after the fallback when no frame comes (a tab in the background)', () => {
    const task = vi.fn();
    afterPaint(task, 1000);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    nextFrame();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs it once cancelled', () => {
    const task = vi.fn();
    const cancel = afterPaint(task);
    nextFrame();
    cancel();
    nextFrame();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
