/** The shared ending of every command-line entry point: exit codes and one-sentence errors. */
import { ConfigError } from './config.js';
import { AppError } from './errors.js';
import { DatabaseError } from './graph/database-error.js';
import { Neo4jRuntimeError } from './neo4j-runtime/index.js';

/** Errors whose message is written for the user: printed alone, without a stack. */
export function isUserFacing(error: unknown): error is Error {
  return (
    error instanceof ConfigError ||
    error instanceof Neo4jRuntimeError ||
    error instanceof AppError ||
    error instanceof DatabaseError
  );
}

/**
 * Runs `main` with the process arguments and exits with the code it returns. An error the user can act on prints
 * its sentence and exits 1; `usage` may claim other errors as misuse, which exit 2 after `usageText`.
 */
export function runCommand(
  main: (argv: string[]) => Promise<number>,
  options: { usage?: (error: unknown) => boolean; usageText?: string } = {},
): void {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      const misuse = options.usage?.(error) ?? false;
      console.error(misuse || isUserFacing(error) ? (error as Error).message : error);
      if (misuse && options.usageText) console.error(options.usageText);
      process.exit(misuse ? 2 : 1);
    });
}
