#!/usr/bin/env node
// `npx plakwacht …` must work right after `npm ci`, with no build step (DESIGN contract 2), so the
// command runs its TypeScript through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
