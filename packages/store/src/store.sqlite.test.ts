import { runStoreSuite } from './store.case';
import { sameMillisecondStoreCases } from './same-millisecond.case';
import { openStore } from './store';

runStoreSuite('SQLite', () => openStore({ file: ':memory:' }));
sameMillisecondStoreCases('SQLite', (clock) => openStore({ file: ':memory:', clock }));
