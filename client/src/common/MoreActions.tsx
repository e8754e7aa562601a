import { useState, type ReactNode } from 'react';
import { Menu, Stack, ThemeProvider, type Theme } from '@mui/material';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Button } from 'react-admin';

// react-admin buttons drop their labels on phones; in this menu the labels are what people read.
const withLabels = (outer: Theme): Theme => ({ ...outer, breakpoints: { ...outer.breakpoints, down: () => '@media not all' } });

export const MoreActions = ({ children }: { children: ReactNode }) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button label="app.list.more" onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        <MoreVertIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} keepMounted>
        <ThemeProvider theme={withLabels}>
          <Stack sx={{ alignItems: 'flex-start', px: 1, gap: 0.5 }}>{children}</Stack>
        </ThemeProvider>
      </Menu>
    </>
  );
};
