import { BackupRefused, restore } from '../db/backup';
import { defaultDatabaseFile } from '../db/connection';

const source = process.argv[2];
const live = process.env.DATABASE_FILE ?? defaultDatabaseFile;
if (!source) {
  console.error('復元するバックアップファイルを指定してください: npm run restore -- data/backups/console-YYYYMMDD-HHMMSS.db');
  process.exit(1);
}
try {
  const { kept } = await restore(source, live);
  console.log(`${source} を ${live} に復元しました。${kept ? `元のデータベースは ${kept} に残しました。` : ''}`);
} catch (err) {
  if (!(err instanceof BackupRefused)) throw err;
  console.error(`復元できません: ${err.message}`);
  process.exit(1);
}
