import type { Knex } from 'knex';
import { seedC1 } from './c1';
import { seedMasters } from './masters';

export { demoPassword } from './masters';
import { seedPractice } from './practice';
import { seedRequestTasks } from './request_tasks';
import { seedToilets } from './toilets';

export async function seed(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    const masters = await seedMasters(trx);
    await seedRequestTasks(trx, masters);
    await seedToilets(trx, masters);
    const cases = await seedPractice(trx, masters);
    await seedC1(trx, masters, cases);
  });
}
