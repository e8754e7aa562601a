import { connect, defaultDatabaseFile, isPostgresUrl } from '../db/connection';
import { copyToPostgres } from '../db/copy';

const [file = process.env.DATABASE_FILE ?? defaultDatabaseFile, url = process.env.DATABASE_URL] = process.argv.slice(2);
if (!url || !isPostgresUrl(url)) {
  console.error('使い方: npm run copy-to-postgres -- data/console.db postgres://ユーザー:パスワード@ホスト/データベース');
  process.exit(1);
}
const source = connect(file);
const target = connect(url);
try {
  await copyToPostgres(source, target, ({ table, rows, sampled }) => console.log(`${table}: ${rows}行（${sampled}行を照合）`));
  console.log(`${file} を PostgreSQL にコピーしました。行数と抜き取り照合はすべて一致しました。`);
} catch (err) {
  console.error(`コピーできません（コピー先にデータは入れていません）: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await source.destroy();
  await target.destroy();
}
