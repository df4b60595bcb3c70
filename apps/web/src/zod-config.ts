import { z } from 'zod';

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed; our CSP forbids it,
// so the probe itself logs a CSP violation on every page. Jitless parsing never probes.
z.config({ jitless: true });
