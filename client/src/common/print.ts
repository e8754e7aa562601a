/** Global styles of a page printed on A4 landscape: the console's header, menu and tabs stay off the paper. */
export const a4Landscape = {
  '@page': { size: 'A4 landscape', margin: '10mm' },
  '@media print': { 'header, nav, .MuiDrawer-root, .RaSidebar-root, .MuiTabs-root': { display: 'none !important' } },
};

export const screenOnly = { '@media print': { display: 'none' } };
