/** The Neo4j that the project downloads and runs itself when no NEO4J_URI is configured. */

export { type Connection, type ConnectOptions, connectNeo4j } from './connect.js';
export { installNeo4j, isInstalled, Neo4jRuntimeError, neo4jVersion, PROJECT_ROOT } from './install.js';
export {
  findRunningNeo4j,
  isAlive,
  type Neo4jExit,
  type RunningNeo4j,
  type StartOptions,
  startNeo4j,
} from './server.js';
export {
  type Neo4jSupervisor,
  restartDelayMs,
  SUPERVISOR_DEFAULTS,
  type SupervisorOptions,
  type SupervisorState,
  superviseNeo4j,
} from './supervisor.js';
