/** Structured logging: one pino logger per process, created from the configuration and passed down. */
import { type Logger, pino } from 'pino';

export type { Logger };

/** A JSON logger on stdout; `silent` turns it off (tests). */
export function createLogger(options: { level: string; name?: string }): Logger {
  return pino({ level: options.level, name: options.name ?? 'officials-graph' });
}
