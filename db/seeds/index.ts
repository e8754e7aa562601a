import type { Knex } from 'knex';
import { seedAttachments } from './attachments';
import { seedC1 } from './c1';
import { seedC1Judging } from './c1_judging';
import { seedMasters } from './masters';

export { demoPassword } from './masters';
import { seedPractice } from './practice';
import { seedPracticeHistory } from './practice_history';
import { seedPtSessions } from './pt_sessions';
import { seedRequestTasks } from './request_tasks';
import { seedSavedViews } from './saved_views';
import { seedToilets } from './toilets';

export async function seed(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    const masters = await seedMasters(trx);
    await seedRequestTasks(trx, masters, await seedPtSessions(trx));
    await seedSavedViews(trx, masters);
    await seedToilets(trx, masters);
    const cases = await seedPractice(trx, masters);
    await seedC1(trx, masters, cases);
    const secretariat = await trx('users').where({ id: masters.userIds.get('secretariat') }).first('id', 'display_name');
    await seedPracticeHistory(trx, cases, secretariat);
    await seedAttachments(trx, cases, secretariat.id);
    await seedC1Judging(trx, masters);
  });
}
