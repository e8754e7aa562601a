import { Stack, useMediaQuery, type Theme } from '@mui/material';
import {
  BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, RecordRepresentation, ReferenceField, SimpleList,
  TopToolbar, useCanAccess, useResourceContext, type DataTableProps,
} from 'react-admin';
import type { ReactElement, ReactNode } from 'react';
import { useAfterContent } from './afterContent';
import { ExportButton } from '../spreadsheet/ExportButton';
import { ImportButton } from '../spreadsheet/ImportButton';
import { MoreActions } from './MoreActions';
import { ReferenceName } from './ReferenceName';

export const useSmallScreen = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));

type ListActionsProps = { filterButton?: boolean; children?: ReactNode };

export const ListActions = ({ filterButton = true, children }: ListActionsProps) => {
  const small = useSmallScreen();
  const ready = useAfterContent() || small;
  const spreadsheet = <>{children}<ExportButton /><ImportButton /></>;
  return (
    <TopToolbar>
      {ready && filterButton && <FilterButton />}
      {ready && (small ? <MoreActions>{spreadsheet}</MoreActions> : <><ColumnsButton />{spreadsheet}</>)}
      <CreateButton />
    </TopToolbar>
  );
};

export const CardLine = ({ children }: { children: ReactNode }) => (
  <Stack component="span" direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{children}</Stack>
);

export const Ref = ({ source, reference }: { source: string; reference: string }) => (
  <ReferenceField source={source} reference={reference} link={false} />
);

type ResponsiveTableProps = { children: ReactElement<DataTableProps>; primary?: ReactElement; secondary?: ReactElement; tertiary?: ReactElement };

/** The table on a desktop; on a phone or tablet a list of cards with the record's name and a line or two. */
export const ResponsiveTable = ({ children, primary = <RecordRepresentation />, secondary, tertiary }: ResponsiveTableProps) =>
  useSmallScreen()
    ? <SimpleList primaryText={primary} secondaryText={secondary} tertiaryText={tertiary} rowClick={children.props.rowClick as never} />
    : children;

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
    <ReferenceName source={source} reference={reference} link={link} />
  </DataTable.Col>
);
