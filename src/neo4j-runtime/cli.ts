/**
 * `npm run neo4j -- install|start`: fetch the embedded Neo4j, or run it in the foreground until Ctrl-C.
 * Runs as the package's postinstall too (`install`), where a failure is fatal unless NEO4J_URI names another server.
 */
import { loadConfig } from '../config.js';
import { installNeo4j, Neo4jRuntimeError, startNeo4j } from './index.js';

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'install': {
      if (process.env.NEO4J_SKIP_DOWNLOAD === '1') {
        console.log('NEO4J_SKIP_DOWNLOAD=1: not downloading Neo4j.');
        return;
      }
      try {
        installNeo4j();
      } catch (error) {
        // A user with their own server does not need the embedded one: warn, do not fail the install.
        if (process.env.NEO4J_URI && error instanceof Neo4jRuntimeError) {
          console.warn(`${error.message} (ignored: NEO4J_URI is set)`);
          return;
        }
        throw error;
      }
      return;
    }
    case 'start': {
      const { embedded } = loadConfig(process.env).neo4j;
      const running = await startNeo4j(embedded);
      console.log(
        `Neo4j ${running.version} answers on ${running.uri} (started in ${running.startMs} ms); Ctrl-C stops it.`,
      );
      const stop = (): void => {
        void running.stop().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}": expected install or start.`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
