#!/usr/bin/env node
// Loads src/cli/main.ts through tsx's loader, so the command needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
