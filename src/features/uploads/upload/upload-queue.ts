/**
 * The upload queue: bounded concurrency that backs off on rate limits and server errors (the concurrency is
 * halved and every worker waits before starting anything new, then it grows back one at a time), a few
 * automatic retries of such failures per file, pause / resume / cancel, retry of the failed files only, and
 * the total progress with a smoothed time remaining. Framework-free: the page drives it and renders its
 * events; `send` does the actual work for one file.
 */

export type QueueState = 'idle' | 'running' | 'pausing' | 'paused' | 'cancelling' | 'cancelled' | 'done';

export interface QueueListener {
  onStart?(id: number): void;
  onProgress?(id: number, fraction: number): void;
  onSent?(id: number): void;
  /** `willRetry`: an automatic retry is scheduled; otherwise the file is failed (the user may retry it). */
  onFailed?(id: number, error: unknown, willRetry: boolean): void;
  onCancelled?(id: number): void;
  onChange?(): void;
}

export interface UploadQueueOptions {
  maxConcurrency?: number;
  /** Automatic retries of a transient failure, per file. */
  retries?: number;
  isTransient: (error: unknown) => boolean;
  /** Wait before the next start after a transient failure (attempt 1, 2…). */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export type SendFile = (id: number, onProgress: (fraction: number) => void) => Promise<void>;

export interface QueueSnapshot {
  state: QueueState;
  concurrency: number;
  active: number;
  pending: number;
  totalBytes: number;
  doneBytes: number;
  /** Seconds left at the smoothed rate, or null until there is a rate. */
  etaSeconds: number | null;
}

const SMOOTHING = 0.3;

export class UploadQueue {
  private readonly maxConcurrency: number;
  private readonly retries: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private state: QueueState = 'idle';
  private concurrency: number;
  private successesSinceChange = 0;
  private pending: number[] = [];
  private readonly active = new Set<number>();
  private readonly attempts = new Map<number, number>();
  private readonly sizes = new Map<number, number>();
  private readonly fractions = new Map<number, number>();
  private doneBytes = 0;
  private cooldownUntil = 0;
  private timerSet = false;
  private rate: number | null = null; // bytes per ms, smoothed
  private lastSample: { at: number; bytes: number } | null = null;

  constructor(
    private readonly send: SendFile,
    private readonly listener: QueueListener,
    private readonly options: UploadQueueOptions,
  ) {
    this.maxConcurrency = options.maxConcurrency ?? 4;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? ((attempt) => Math.min(8000, 500 * 2 ** (attempt - 1)));
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.concurrency = this.maxConcurrency;
  }

  /** Adds files (id and size) and starts sending. */
  enqueue(files: { id: number; size: number }[]): void {
    for (const { id, size } of files) {
      if (this.active.has(id) || this.pending.includes(id)) continue;
      this.sizes.set(id, size);
      this.fractions.set(id, 0);
      this.attempts.set(id, 0);
      this.pending.push(id);
    }
    if (this.state === 'idle' || this.state === 'done' || this.state === 'cancelled') this.state = 'running';
    this.pump();
  }

  /** Starts nothing new; what is being sent finishes. */
  pause(): void {
    if (this.state !== 'running') return;
    this.state = this.active.size > 0 ? 'pausing' : 'paused';
    this.changed();
  }

  resume(): void {
    if (this.state !== 'paused' && this.state !== 'pausing') return;
    this.state = 'running';
    this.pump();
  }

  /** Drops every file not yet started (they are reported cancelled); what is being sent finishes. */
  cancel(): void {
    if (this.state === 'cancelled' || this.state === 'cancelling') return;
    const dropped = this.pending;
    this.pending = [];
    for (const id of dropped) {
      this.sizes.delete(id);
      this.listener.onCancelled?.(id);
    }
    this.state = this.active.size > 0 ? 'cancelling' : 'cancelled';
    this.changed();
  }

  snapshot(): QueueSnapshot {
    let totalBytes = this.doneBytes;
    let inFlight = 0;
    for (const [id, size] of this.sizes) {
      totalBytes += size;
      inFlight += size * (this.fractions.get(id) ?? 0);
    }
    const doneBytes = this.doneBytes + inFlight;
    const left = totalBytes - doneBytes;
    return {
      state: this.state,
      concurrency: this.concurrency,
      active: this.active.size,
      pending: this.pending.length,
      totalBytes,
      doneBytes,
      etaSeconds: this.rate && this.rate > 0 && left > 0 ? left / this.rate / 1000 : left <= 0 ? 0 : null,
    };
  }

  private changed(): void {
    this.listener.onChange?.();
  }

  private sample(): void {
    const at = this.now();
    const { doneBytes } = this.snapshot();
    if (this.lastSample && at > this.lastSample.at) {
      const instant = (doneBytes - this.lastSample.bytes) / (at - this.lastSample.at);
      if (instant >= 0)
        this.rate = this.rate === null ? instant : SMOOTHING * instant + (1 - SMOOTHING) * this.rate;
    }
    this.lastSample = { at, bytes: doneBytes };
  }

  private pump(): void {
    if (this.state !== 'running') return;
    const wait = this.cooldownUntil - this.now();
    if (wait > 0) {
      if (!this.timerSet) {
        this.timerSet = true;
        this.setTimer(() => {
          this.timerSet = false;
          this.pump();
        }, wait);
      }
      return;
    }
    while (this.active.size < this.concurrency && this.pending.length > 0) {
      const id = this.pending.shift() as number;
      this.start(id);
    }
    if (this.active.size === 0 && this.pending.length === 0) this.state = 'done';
    this.changed();
  }

  private start(id: number): void {
    this.active.add(id);
    this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
    this.listener.onStart?.(id);
    if (!this.lastSample) this.lastSample = { at: this.now(), bytes: this.snapshot().doneBytes };
    this.send(id, (fraction) => {
      this.fractions.set(id, Math.max(0, Math.min(1, fraction)));
      this.listener.onProgress?.(id, fraction);
    }).then(
      () => this.finished(id, null),
      (error: unknown) => this.finished(id, error ?? new Error('failed')),
    );
  }

  private finished(id: number, error: unknown): void {
    this.active.delete(id);
    const size = this.sizes.get(id) ?? 0;
    if (error === null) {
      this.sizes.delete(id);
      this.fractions.delete(id);
      this.doneBytes += size;
      this.sample();
      this.successesSinceChange += 1;
      if (this.concurrency < this.maxConcurrency && this.successesSinceChange >= this.concurrency) {
        this.concurrency += 1;
        this.successesSinceChange = 0;
      }
      this.listener.onSent?.(id);
    } else {
      this.fractions.set(id, 0);
      const attempt = this.attempts.get(id) ?? 1;
      const transient = this.options.isTransient(error);
      const willRetry = transient && attempt <= this.retries && this.state !== 'cancelling';
      if (transient) {
        this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
        this.successesSinceChange = 0;
        this.cooldownUntil = this.now() + this.backoffMs(attempt);
      }
      if (willRetry) this.pending.unshift(id);
      else {
        this.sizes.delete(id);
        this.fractions.delete(id);
      }
      this.listener.onFailed?.(id, error, willRetry);
    }
    if (this.state === 'pausing' && this.active.size === 0) this.state = 'paused';
    if (this.state === 'cancelling' && this.active.size === 0) this.state = 'cancelled';
    if (this.state === 'running') this.pump();
    else this.changed();
  }
}
