/**
 * `npm start`: one server node from the environment (offline defaults), stopped gracefully on SIGTERM/SIGINT.
 */
import { startServer } from './app.ts';
import { createLogger } from './logger.ts';

const logger = createLogger();

try {
  const server = await startServer({}, { logger });
  process.stderr.write(
    `\n  Bank digital human is running:\n    in-app chat   ${server.url}/app\n    lobby screen  ${server.url}/kiosk\n    health        ${server.url}/healthz\n\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'signal received');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (err) {
  logger.fatal({ err }, 'server failed to start');
  process.stderr.write(`\nCould not start: ${(err as Error).message}\n`);
  process.exit(1);
}
