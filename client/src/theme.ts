import type { Theme } from '@mui/material';
import { jaJP } from '@mui/material/locale';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { KeyboardRow } from './common/KeyboardRow';
import { listFrame } from './common/listFrame';

const fontFamily = '"BIZ UDPGothic", "BIZ UDPゴシック", "Yu Gothic UI", "Meiryo", "Hiragino Sans", sans-serif';

const focusRing = { outline: '3px solid #1f5f8b', outlineOffset: 2 };

const components = { ...defaultTheme.components } as Record<string, { defaultProps?: object }>;
for (const [name, override] of Object.entries(jaJP.components ?? {})) {
  components[name] = { ...components[name], defaultProps: { ...components[name]?.defaultProps, ...override.defaultProps } };
}

export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: { ...components, RaList: { styleOverrides: { root: ({ theme }: { theme: Theme }) => listFrame(theme) } },
    MuiCssBaseline: { styleOverrides: {
      ':focus-visible, .MuiButtonBase-root.Mui-focusVisible, :is(.MuiInputBase-root, .MuiPickersInputBase-root):has(:focus-visible)': focusRing,
      ':is(.MuiInputBase-root, .MuiPickersInputBase-root) :focus-visible': { outline: 'none' },
      '.MuiTableRow-root:focus-visible': { ...focusRing, outlineOffset: -3 },
    } },
    RaDataTableBody: { defaultProps: { row: KeyboardRow } },
    MuiCheckbox: { defaultProps: { slotProps: { input: ({ 'aria-label': label }: { 'aria-label'?: string }) => ({ 'aria-label': label }) } } },
    MuiCircularProgress: { defaultProps: { 'aria-label': '読み込み中' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': '読み込み中' } },
    MuiFormHelperText: { styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) } },
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
  } as RaThemeOptions['components'],
  palette: { primary: { main: '#1f5f8b' }, secondary: { main: '#2e7d6b' }, error: { main: '#b71c1c' }, warning: { main: '#a14f00' } },
  typography: { fontFamily },
};
