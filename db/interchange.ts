export const importableResources: readonly string[] = [
  'request_tasks', 'departments', 'citizen_centers', 'wards', 'toilet_inventories', 'toilet_work_orders',
  'practice_cases', 'practice_adoptions', 'c1_editions', 'c1_entries',
];

export const isImportable = (resource: string) => importableResources.includes(resource);
