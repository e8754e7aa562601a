import { rmSync } from 'node:fs';
import { connect, defaultDatabaseFile, migrate } from '../db/connection';
import { filesDirFor } from '../db/files';
import { seed } from '../db/seeds';

const file = process.env.DATABASE_FILE ?? defaultDatabaseFile;
if (!process.argv.includes('--yes')) {
  console.error(`${file} と添付ファイル（${filesDirFor(file)}）を削除してサンプルデータで作り直します。よければ npm run reset -- --yes を実行してください`);
  process.exit(1);
}
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
rmSync(filesDirFor(file), { recursive: true, force: true });
const db = connect(file);
await migrate(db);
await seed(db);
await db.destroy();
console.log(`${file} をサンプルデータで作り直しました`);
