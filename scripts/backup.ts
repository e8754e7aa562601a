import { backup, BackupRefused } from '../db/backup';
import { defaultDatabaseFile } from '../db/connection';

try {
  const target = backup(process.env.DATABASE_FILE ?? defaultDatabaseFile, process.argv[2] ?? 'data/backups');
  console.log(`バックアップを作成しました: ${target}`);
} catch (err) {
  if (!(err instanceof BackupRefused)) throw err;
  console.error(`バックアップできません: ${err.message}`);
  process.exit(1);
}
