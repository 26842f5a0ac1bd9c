import { runStoreSuite } from './store.case';
import { openStore } from './store';

runStoreSuite('SQLite', () => openStore({ file: ':memory:' }));
