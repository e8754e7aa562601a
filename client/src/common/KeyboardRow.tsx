import type { KeyboardEvent } from 'react';
import { DataTableRow, useDataTableCallbacksContext, useResourceContext, useResourceDefinitions, type DataTableRowProps } from 'react-admin';

const openOnEnter = (event: KeyboardEvent<HTMLTableRowElement>) => {
  if (event.key === 'Enter' && event.target === event.currentTarget) event.currentTarget.click();
};

/**
 * A table row that opens its record on a click opens it on Enter too: it is a tab stop with the focus outline. The
 * resource's definition is looked up, not merged with defaults as useResourceDefinition does on every row.
 */
export const KeyboardRow = (props: DataTableRowProps) => {
  const { rowClick } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinitions()[useResourceContext() ?? ''] ?? {};
  const opens = rowClick === undefined ? hasShow || hasEdit : rowClick !== false && rowClick !== 'toggleSelection' && rowClick !== 'expand';
  return opens ? <DataTableRow tabIndex={0} onKeyDown={openOnEnter} {...props} /> : <DataTableRow {...props} />;
};
