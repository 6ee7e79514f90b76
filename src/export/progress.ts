/** Progress of a long export or import: a redrawn bar on a terminal, a plain line every few seconds otherwise. */
import type { WriteStream } from 'node:tty';

export interface Progress {
  /** Adds `count` records to what is done. */
  advance(count: number): void;
  /** Prints the last state and the rate; call once at the end. */
  finish(): { records: number; seconds: number; rate: number };
}

const BAR_WIDTH = 30;
const PLAIN_INTERVAL_MS = 5_000;
const BAR_INTERVAL_MS = 100;

/** A progress report on `stream` (stderr normally, so that `--out -` keeps stdout clean). */
export function createProgress(options: { stream: NodeJS.WritableStream; total: number; label: string }): Progress {
  const { stream, total, label } = options;
  const tty = (stream as Partial<WriteStream>).isTTY === true;
  const began = performance.now();
  let done = 0;
  let shownAt = 0;

  const rateNow = (): number => {
    const seconds = (performance.now() - began) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  const draw = (): void => {
    const rate = Math.round(rateNow());
    if (tty) {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * BAR_WIDTH);
      stream.write(
        `\r\x1b[2K${label} [${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} (${rate}/s)`,
      );
    } else {
      stream.write(`${label}: ${done}/${total} records (${rate}/s)\n`);
    }
  };

  return {
    advance(count) {
      done += count;
      const now = performance.now();
      if (now - shownAt >= (tty ? BAR_INTERVAL_MS : PLAIN_INTERVAL_MS)) {
        shownAt = now;
        draw();
      }
    },
    finish() {
      draw();
      if (tty) stream.write('\n');
      const seconds = (performance.now() - began) / 1000;
      return { records: done, seconds, rate: rateNow() };
    },
  };
}
