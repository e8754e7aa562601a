import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { Toolbar } from 'react-admin';

type Errors = Record<string, unknown>;

const errorPaths = (errors: Errors, prefix = ''): string[] =>
  Object.entries(errors ?? {}).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' && !('type' in value) ? errorPaths(value as Errors, path) : [path];
  });

const focusWhenShown = (element: HTMLElement, frames = 60) => {
  if (element.offsetParent || !frames) element.focus();
  else requestAnimationFrame(() => focusWhenShown(element, frames - 1));
};

const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** After a refused save, goes to the tab holding the first field in error and puts the cursor there. */
const FirstErrorFocus = () => {
  const { errors, submitCount } = useFormState();
  const handled = useRef(0);
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = anchor.current?.closest('form');
    const paths = errorPaths(errors as Errors);
    if (!form || !submitCount || handled.current === submitCount || !paths.length) return;
    const [first] = paths.flatMap((p) => [...form.querySelectorAll(`[name="${CSS.escape(p)}"]`)].slice(0, 1)).sort(before);
    if (!first) return;
    handled.current = submitCount;
    const panel = first.closest('[id^="tabpanel-"]');
    if (panel?.getAttribute('aria-hidden')) document.getElementById(panel.getAttribute('aria-labelledby') ?? '')?.click();
    const control = first.closest('.MuiFormControl-root') ?? first.parentElement;
    const target = control?.querySelector<HTMLElement>('[role="combobox"], input:not([aria-hidden="true"]), textarea:not([aria-hidden="true"])');
    focusWhenShown(target ?? (first as HTMLElement));
  }, [errors, submitCount]);
  return <span ref={anchor} hidden />;
};

export const FormToolbar = () => (
  <>
    <Toolbar />
    <FirstErrorFocus />
  </>
);
