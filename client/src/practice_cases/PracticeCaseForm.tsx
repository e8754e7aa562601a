import { Stack } from '@mui/material';
import {
  AutocompleteInput, NumberInput, ReferenceInput, TabbedForm, TextInput, type TabbedFormProps,
} from 'react-admin';
import { EnumInput, SetInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const row = { direction: { xs: 'column', sm: 'row' }, sx: { columnGap: 2, width: '100%' } } as const;

export const PracticeCaseForm = (props: Omit<TabbedFormProps, 'children'>) => (
  <TabbedForm validate={validateFor('practice_cases')} sx={{ maxWidth: 900 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <Stack {...row}>
        <TextInput source="case_no" sx={{ flex: 1 }} />
        <TextInput source="title" sx={{ flex: 3 }} />
      </Stack>
      <Stack {...row}>
        <ReferenceInput source="citizen_center_id" reference="citizen_centers">
          <AutocompleteInput filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <ReferenceInput source="ward_id" reference="wards" sort={{ field: 'sort_order', order: 'ASC' }}>
          <AutocompleteInput filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      </Stack>
      <Stack {...row}>
        <EnumInput source="lead_org_type" />
        <EnumInput source="status" />
        <EnumInput source="found_via" />
      </Stack>
      <SetInput source="themes" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.content" path="content">
      <TextInput source="local_issue" multiline minRows={3} />
      <TextInput source="activities" multiline minRows={4} />
      <TextInput source="partners" multiline minRows={2} />
      <TextInput source="key_point_1" />
      <TextInput source="key_point_2" />
      <TextInput source="key_point_3" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.evaluation" path="evaluation">
      <Stack {...row}>
        <NumberInput source="started_year" min={1950} max={2100} step={1} />
        <NumberInput source="participants_per_year" min={0} step={1} />
        <NumberInput source="yearly_cost" min={0} step={1000} />
      </Stack>
      <TextInput source="outcomes" multiline minRows={4} />
      <EnumInput source="transferability" sx={{ maxWidth: 280 }} />
    </TabbedForm.Tab>
  </TabbedForm>
);
