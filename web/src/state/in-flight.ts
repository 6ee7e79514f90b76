/**
 * Loads in flight, keyed: a load asked for again while the same one runs gets the pending promise instead of a
 * second request. Renders ask for what they miss every time they run, so without this one card, timeline or page of
 * neighbours could be fetched as often as the view redraws while it loads.
 */

export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /**
   * Starts `load` for `key`, or answers the promise of the one already running for it. The key is forgotten when
   * the load settles, so a later call (a retry after a failure, or the next page) sends a new request.
   */
  run(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running) return running;
    const promise = load().finally(() => {
      if (this.pending.get(key) === promise) this.pending.delete(key);
    });
    this.pending.set(key, promise);
    return promise;
  }

  /** Whether a load for `key` is running. */
  has(key: string): boolean {
    return this.pending.has(key);
  }
}
