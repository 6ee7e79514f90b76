import { describe, expect, it } from 'vitest';
import { InFlight } from '../../web/src/state/in-flight.js';

/** A load that counts its calls and settles when told to. */
function deferredLoad<T>() {
  let calls = 0;
  const settlers: Array<{ resolve(value: T): void; reject(error: unknown): void }> = [];
  const load = () => {
    calls += 1;
    return new Promise<T>((resolve, reject) => settlers.push({ resolve, reject }));
  };
  return { load, calls: () => calls, settle: (index: number) => settlers[index]! };
}

describe('loads in flight, keyed', () => {
  it('answers a second ask for a running key with the same promise and calls the load once', async () => {
    const loads = new InFlight<string>();
    const card = deferredLoad<string>();
    const first = loads.run('person:suhardi-alius', card.load);
    const second = loads.run('person:suhardi-alius', card.load);
    expect(second).toBe(first);
    expect(card.calls()).toBe(1);
    card.settle(0).resolve('Suhardi Alius');
    expect(await second).toBe('Suhardi Alius');
  });

  it('runs loads of different keys side by side', () => {
    const loads = new InFlight<string>();
    const card = deferredLoad<string>();
    loads.run('person:a', card.load);
    loads.run('person:b', card.load);
    expect(card.calls()).toBe(2);
    expect(loads.has('person:a') && loads.has('person:b')).toBe(true);
  });

  it('forgets a key once its load has settled, so the next ask sends a new request', async () => {
    const loads = new InFlight<string>();
    const card = deferredLoad<string>();
    const first = loads.run('person:a', card.load);
    card.settle(0).resolve('A');
    await first;
    expect(loads.has('person:a')).toBe(false);
    loads.run('person:a', card.load);
    expect(card.calls()).toBe(2);
  });

  it('passes a failure to every asker and lets a retry run', async () => {
    const loads = new InFlight<string>();
    const card = deferredLoad<string>();
    const first = loads.run('person:a', card.load);
    const second = loads.run('person:a', card.load);
    card.settle(0).reject(new Error('The server cannot be reached.'));
    await expect(first).rejects.toThrow('The server cannot be reached.');
    await expect(second).rejects.toThrow('The server cannot be reached.');
    loads.run('person:a', card.load);
    expect(card.calls()).toBe(2);
  });
});
