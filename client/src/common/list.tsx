import {
  BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, ReferenceField, TopToolbar, useCanAccess,
  useResourceContext,
} from 'react-admin';
import type { ReactNode } from 'react';
import { ExportButton } from '../spreadsheet/ExportButton';
import { ImportButton } from '../spreadsheet/ImportButton';

type ListActionsProps = { filterButton?: boolean; children?: ReactNode };

export const ListActions = ({ filterButton = true, children }: ListActionsProps) => (
  <TopToolbar>
    {filterButton && <FilterButton />}
    <ColumnsButton />
    {children}
    <ExportButton />
    <ImportButton />
    <CreateButton />
  </TopToolbar>
);

export const useBulkDelete = () => {
  const { canAccess } = useCanAccess({ action: 'delete', resource: useResourceContext() });
  return canAccess ? <BulkDeleteButton mutationMode="pessimistic" /> : false;
};

export const nowrap = (...columns: string[]) => ({
  [columns.map((c) => `& .column-${c}`).join(', ')]: { whiteSpace: 'nowrap' },
});

type ReferenceColProps = { source: string; reference: string; link?: false | 'show' | 'edit' };

export const ReferenceCol = ({ source, reference, link = false }: ReferenceColProps) => (
  <DataTable.Col source={source}>
    <ReferenceField source={source} reference={reference} link={link} />
  </DataTable.Col>
);
