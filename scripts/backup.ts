import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../db/connection';

const dir = process.argv[2] ?? 'data/backups';
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const target = join(dir, `console-${stamp}.db`);
const db = connect();
await db.raw('VACUUM INTO ?', [target]);
await db.destroy();
console.log(`バックアップを作成しました: ${target}`);
