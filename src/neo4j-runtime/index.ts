/** The Neo4j that the project downloads and runs itself when no NEO4J_URI is configured. */
export { installNeo4j, isInstalled, neo4jVersion, Neo4jRuntimeError, PROJECT_ROOT } from './install.js';
export { findRunningNeo4j, isAlive, startNeo4j, type Neo4jExit, type RunningNeo4j, type StartOptions } from './server.js';
export {
  SUPERVISOR_DEFAULTS,
  restartDelayMs,
  superviseNeo4j,
  type Neo4jSupervisor,
  type SupervisorOptions,
  type SupervisorState,
} from './supervisor.js';
export { connectNeo4j, type ConnectOptions, type Connection } from './connect.js';
