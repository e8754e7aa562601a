import { connect, migrate } from '../db/connection';

const db = connect();
const [, applied] = await migrate(db);
console.log(applied.length ? `適用したマイグレーション: ${applied.join(', ')}` : 'データベースは最新です');
await db.destroy();
