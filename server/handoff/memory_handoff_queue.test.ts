import { handoffQueueContract } from './handoff_queue_contract.ts';
import { MemoryHandoffQueue } from './memory_handoff_queue.ts';

handoffQueueContract('memory', () => new MemoryHandoffQueue());
