// zod builds fast object parsers with `new Function` after probing whether eval works; our CSP forbids eval, so the
// probe logs a violation on every page. zod reads this global when each schema is created, so it must be set before
// any module runs: a classic script runs before the deferred module scripts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
