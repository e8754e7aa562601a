import type { Knex } from 'knex';
import { seedC1 } from './c1';
import { seedC1Judging } from './c1_judging';
import { seedMasters } from './masters';

export { demoPassword } from './masters';
import { seedPractice } from './practice';
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
    await seedC1Judging(trx, masters);
  });
}
