import { connect, isEmpty, migrate } from '../db/connection';
import { seed } from '../db/seeds';

const db = connect();
await migrate(db);
if (await isEmpty(db)) {
  await seed(db);
  console.log('サンプルデータを投入しました');
} else {
  console.log('データが既にあるため投入しませんでした (作り直すには npm run reset -- --yes)');
}
await db.destroy();
