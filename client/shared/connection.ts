/**
 * The customer connection used by the client pages: typed events from the shared protocol module, the
 * resume token kept in sessionStorage so a reload or a network drop resumes the same conversation.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  Channel,
  CustomerClientToServer,
  CustomerServerToClient,
  Locale,
} from '../../server/protocol/protocol.ts';

export type CustomerClient = Socket<CustomerServerToClient, CustomerClientToServer>;

export interface ConnectOptions {
  channel: Channel;
  locale: Locale;
  url?: string;
  /** Ask the server to speak replies (reply.audio); the pages do by default. */
  speak?: boolean;
  /** Storage for the resume token; sessionStorage by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const tokenKey = (channel: Channel): string => `bdh.resumeToken.${channel}`;

export function connectCustomer(options: ConnectOptions): {
  socket: CustomerClient;
  forgetSession(): void;
  setLocale(locale: Locale): void;
} {
  const storage = options.storage ?? window.sessionStorage;
  let locale = options.locale;
  const socket: CustomerClient = io(`${options.url ?? ''}/customer`, {
    transports: ['websocket', 'polling'],
    auth: (cb) => {
      const resumeToken = storage.getItem(tokenKey(options.channel));
      cb({
        channel: options.channel,
        locale,
        speak: options.speak ?? true,
        ...(resumeToken ? { resumeToken } : {}),
      });
    },
  });
  socket.on('session.ready', (ready) => storage.setItem(tokenKey(options.channel), ready.resumeToken));
  return {
    socket,
    forgetSession: () => storage.removeItem(tokenKey(options.channel)),
    setLocale: (l) => {
      locale = l;
    },
  };
}
