/** Writing to a stream with backpressure: wait for 'drain' when its buffer is full, fail when it was closed. */
import type { Writable } from 'node:stream';

/** Raised when the destination closed before the export finished (an HTTP client that went away, a closed pipe). */
export class DestinationClosedError extends Error {
  override readonly name = 'DestinationClosedError';
  constructor() {
    super('The destination closed before the export finished.');
  }
}

/** Writes `chunk` and, when the stream asks for it, waits until its buffer drained. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (out.destroyed || out.writableEnded) throw new DestinationClosedError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const cleanup = (): void => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onDrain = (): void => {
      cleanup();
      resolve();
    };
    const onClose = (): void => {
      cleanup();
      reject(new DestinationClosedError());
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

/** Ends `out` and waits until everything written reached its destination (a file is flushed and closed). */
export async function endStream(out: Writable): Promise<void> {
  if (out.writableFinished) return;
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}
