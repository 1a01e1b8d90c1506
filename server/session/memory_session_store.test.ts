import { MemorySessionStore } from './memory_session_store.ts';
import { sessionStoreContract } from './session_store_contract.ts';

sessionStoreContract('memory', async (opts) => new MemorySessionStore(opts));
