/** The Neo4j that the project downloads and runs itself when no NEO4J_URI is configured. */
export { installNeo4j, isInstalled, neo4jVersion, Neo4jRuntimeError, PROJECT_ROOT } from './install.js';
export { findRunningNeo4j, startNeo4j, type RunningNeo4j, type StartOptions } from './server.js';
export { connectNeo4j, type Connection } from './connect.js';
