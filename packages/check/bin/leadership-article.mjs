#!/usr/bin/env node
// `npx leadership-article check …` / `npx leadership-article snippet …`: see cli/main.mjs.
import { main } from '../cli/main.mjs';

process.exitCode = await main(process.argv.slice(2));
