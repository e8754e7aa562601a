import { dirname, join } from 'node:path';
import { connect, defaultDatabaseFile, isEmpty, migrate } from '../db/connection';
import { demoPassword, seed } from '../db/seeds';
import { createApp } from './app';
import { stopSpares } from './jobs/runner';
import { sessionSecretAt } from './session';

const databaseFile = process.env.DATABASE_FILE ?? defaultDatabaseFile;
const db = connect();
await migrate(db);
if (await isEmpty(db)) {
  await seed(db);
  console.log('新しいデータベースにサンプルデータを投入しました。');
  console.log(`ログイン: ユーザー名 admin / secretariat / pt_member / dept_contact / viewer、パスワード ${demoPassword}`);
}
const sessionSecret = sessionSecretAt(join(dirname(databaseFile), 'session-secret'));
const port = Number(process.env.PORT ?? 3000);
const server = createApp(db, { sessionSecret }).listen(port, (err?: Error) => {
  if (err) {
    console.error(`ポート ${port} で待ち受けできません: ${err.message}`);
    process.exit(1);
  }
  console.log(`地域負担軽減 管理コンソール: http://localhost:${port}`);
});

const stop = () => {
  stopSpares();
  server.close(() => void db.destroy().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', stop);
