import { z } from 'zod';

// zod compiles a fast parser with `new Function` for each object schema on its first parse, which a
// process that parses each schema a few times never pays back. zod reads this setting (kept on
// globalThis) as each schema is built, so a bundle imports this module before any schema's module.
z.config({ jitless: true });
