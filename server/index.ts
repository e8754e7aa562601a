import { connect, isEmpty, migrate } from '../db/connection';
import { seed } from '../db/seeds';
import { createApp } from './app';

const db = connect();
await migrate(db);
if (await isEmpty(db)) {
  await seed(db);
  console.log('新しいデータベースにサンプルデータを投入しました');
}
const port = Number(process.env.PORT ?? 3000);
const server = createApp(db).listen(port, () => console.log(`地域負担軽減 管理コンソール: http://localhost:${port}`));

const stop = () => server.close(() => void db.destroy().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
