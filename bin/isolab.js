#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { main } from '../dist/cli/main.js';

main().catch((error) => {
  process.stderr.write(`isolab: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
