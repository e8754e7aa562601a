import {
  CheckboxGroupInput, SelectArrayInput, SelectInput, useResourceContext,
  type CheckboxGroupInputProps, type SelectArrayInputProps, type SelectInputProps,
} from 'react-admin';
import { choicesFor } from './choices';
import { fiscalYearChoices } from './fiscalYear';

export const EnumInput = (props: Omit<SelectInputProps, 'choices'> & { source: string }) => {
  const resource = useResourceContext(props)!;
  return <SelectInput {...props} choices={choicesFor(resource, props.source)} />;
};

export const SetInput = (props: Omit<SelectArrayInputProps, 'choices'> & { source: string }) => {
  const resource = useResourceContext(props)!;
  return <SelectArrayInput {...props} choices={choicesFor(resource, props.source)} />;
};

export const SetCheckboxInput = (props: Omit<CheckboxGroupInputProps, 'choices'> & { source: string }) => {
  const resource = useResourceContext(props)!;
  return <CheckboxGroupInput {...props} choices={choicesFor(resource, props.source)} />;
};

export const FiscalYearInput = (props: Omit<SelectInputProps, 'choices'>) => (
  <SelectInput {...props} choices={fiscalYearChoices()} />
);
