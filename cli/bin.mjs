#!/usr/bin/env node
// budget-check: the command-line twin of the extension. The engine is TypeScript; tsx loads it without a build step
// (Node 20 cannot strip types itself).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
