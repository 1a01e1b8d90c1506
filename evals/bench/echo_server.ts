/**
 * The baseline for the turns benchmark: a bare socket.io server that answers each `message.text` with a
 * `reply.text` echo, on the same namespace and transport as ours. Prints its port on stdout.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer((_req, res) => res.end('ok'));
const io = new Server(http, { serveClient: false });
io.of('/customer').on('connection', (socket) => {
  socket.emit('session.ready', { sessionId: socket.id });
  socket.on('message.text', (p: { text: string; clientMsgId?: string }) => {
    socket.emit('reply.text', { inReplyTo: p.clientMsgId, text: p.text });
  });
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (http.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
