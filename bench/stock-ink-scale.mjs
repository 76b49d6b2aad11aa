// scale.mjs with Ink as published:  ISOLAB_STOCK_INK=<dir> node stock-ink-scale.mjs L
import { register } from 'node:module';

if (!process.env.ISOLAB_STOCK_INK) throw new Error('ISOLAB_STOCK_INK is not set');
register('./stock-ink-hooks.mjs', import.meta.url);
await import('./scale.mjs');
