import type { Theme } from '@mui/material';

const appBar = 48;
const wide = ['title', 'name', 'address', 'contractor', 'requesting_department_id', 'department_id', 'citizen_center_id'];

/** A list's table scrolls sideways inside the page; on a desktop the list fills the window, its toolbar and pagination in view. */
export const listFrame = (theme: Theme) => {
  const stickyCell = { position: 'sticky', left: 0, zIndex: 1, backgroundColor: theme.palette.background.paper } as const;
  return {
    [theme.breakpoints.up('md')]: {
      height: `calc(100dvh - ${appBar}px)`,
      minHeight: 420,
      '& .RaList-main': { minHeight: 0 },
      '& .RaList-actions': { flex: 'none', flexWrap: 'wrap' },
      '& .RaList-actions > .MuiToolbar-root': { flexWrap: 'wrap', marginLeft: 'auto' },
      '& .RaList-content': { flex: '1 1 auto', minHeight: 0, display: 'flex', flexDirection: 'column' },
      '& .RaList-content > .RaDataTable-root': { flex: '1 1 auto', minHeight: 0, display: 'flex', flexDirection: 'column' },
      '& .RaDataTable-tableWrapper': { flex: '1 1 auto', minHeight: 0, overflow: 'auto' },
      '& .RaDataTable-root > :not(.RaDataTable-tableWrapper)': { flex: 'none' },
      '& .RaList-main > .MuiToolbar-root, & .RaList-main > .MuiTablePagination-root': { flex: 'none' },
    },
    '& .RaList-main': { minWidth: 0 },
    '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
    '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
    '& td.RaDataTable-rowCell': { minWidth: '6em' },
    [wide.map((c) => `& td.column-${c}`).join(', ')]: { minWidth: '12em' },
    '& .RaDataTable-tableWrapper tr > :first-of-type': stickyCell,
    '& .RaDataTable-tableWrapper tr > .MuiTableCell-paddingCheckbox + *': { ...stickyCell, left: 48 },
    '& .RaDataTable-tableWrapper th:is(:first-of-type, .MuiTableCell-paddingCheckbox + *)': { zIndex: 3 },
    '& .RaDataTable-tableWrapper .MuiTableCell-paddingCheckbox': { width: 48, minWidth: 48, boxSizing: 'border-box' },
  };
};
