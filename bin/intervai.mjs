#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx intervai` works from a fresh clone without a build.
import { register } from 'tsx/esm/api';

register();
await import('../app/cli.ts');
