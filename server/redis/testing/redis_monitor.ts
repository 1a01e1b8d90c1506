/**
 * Watches every command a Redis server receives (MONITOR) over a plain socket, for tests that assert what
 * goes over the wire. ioredis's own `monitor()` can throw "Command queue state error" when the first
 * monitored line arrives in the same packet as MONITOR's OK (its status is set a microtask later), which
 * happens whenever other clients are busy, so this reads the reply lines itself.
 */
import { createConnection, type Socket } from 'node:net';

export interface RedisMonitor {
  /** Stops watching and closes the socket. */
  close(): void;
}

/** `"a\"b" "c"` -> ['a"b', 'c'] (the quoting MONITOR uses; `\xNN` escapes are kept as written). */
export function monitorArgs(line: string): string[] {
  const args: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) args.push(m[1]!.replace(/\\(["\\])/g, '$1'));
  return args;
}

/** Resolves once Redis has confirmed MONITOR; `onCommand` then gets each command's arguments. */
export function monitorRedis(url: string, onCommand: (args: string[]) => void): Promise<RedisMonitor> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket: Socket = createConnection({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    let buffered = '';
    let confirmed = false;
    socket.setEncoding('utf8');
    socket.once('error', reject);
    socket.on('connect', () => socket.write('MONITOR\r\n'));
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (!confirmed) {
          if (line !== '+OK') {
            socket.destroy();
            reject(new Error(`MONITOR refused: ${line}`));
            return;
          }
          confirmed = true;
          resolve({ close: () => socket.destroy() });
        } else if (line.startsWith('+')) onCommand(monitorArgs(line));
      }
    });
  });
}
