import { join } from 'node:path';
import { connect } from '../db/connection';
import { archiveAudit, ArchiveRefused, cutoffFor } from '../server/auditArchive';

const [years, dir = 'data/audit-archive'] = process.argv.slice(2);
const db = connect();
try {
  const before = cutoffFor(Number(years));
  const file = join(dir, `audit-before-${before}-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}.jsonl.gz`);
  const { count, removed } = await archiveAudit(db, before, file);
  console.log(`${before} より前の操作履歴 ${count} 件を ${file} に書き出し、${removed} 件を削除しました。`);
} catch (err) {
  if (!(err instanceof ArchiveRefused)) throw err;
  console.error(`書き出せません: ${err.message}\n使い方: npm run archive-audit -- <年数> [書き出し先フォルダ]`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
