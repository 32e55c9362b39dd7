// The batch worker run from the TypeScript sources (tests, a checkout without `npm run build:cli`): tsx's loader is
// registered per thread, as cli/bin.mjs does for the main one.
import { register } from 'tsx/esm/api';

register();
const { serveRequests } = await import('./worker.ts');
serveRequests();
