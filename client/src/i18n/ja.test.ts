import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../../db/columns';
import { resources } from '../../../db/schema';
import { jaMessages } from './ja';

type Tree = { [key: string]: Tree | string | undefined };

const messages = jaMessages as unknown as Tree;

const lookup = (tree: Tree, path: string[]): Tree | string | undefined =>
  path.reduce<Tree | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

const leaves = (tree: Tree, prefix: string[] = []): [string[], string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value, [...prefix, key]) : [[[...prefix, key], value ?? ''] as [string[], string]],
  );

const placeholders = (text: string) => new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]));

const englishLeaves = leaves(englishMessages as unknown as Tree);

const extraPlaceholders: Record<string, string[]> = { 'ra.sort.sort_by': ['field'] };

const systemFields = ['id', 'created_at', 'updated_at', 'version', 'q'];

const derivedFields: Record<string, string[]> = {
  citizen_centers: ['western_ratio'],
  request_tasks: ['annual_burden_hours'],
  toilet_inventories: ['western_ratio'],
  toilet_work_orders: ['planned_period'],
  practice_cases: ['place'],
};

describe('jaMessages resources', () => {
  for (const resource of resources) {
    const base = ['resources', resource.name];
    const columns = columnsOf(resource);

    describe(resource.name, () => {
      it('has a Japanese resource name', () => {
        expect(lookup(messages, [...base, 'name'])).toMatch(/\S/);
      });

      it('labels every field, including system fields and the keyword search', () => {
        for (const field of [...columns.map((c) => c.name), ...systemFields]) {
          expect(lookup(messages, [...base, 'fields', field]), field).toMatch(/\S/);
        }
      });

      it('labels every choice of every enum and set field', () => {
        for (const column of columns.filter((c) => c.kind === 'enum' || c.kind === 'set')) {
          expect(column.choices?.length, column.name).toBeGreaterThan(0);
          for (const choice of column.choices ?? []) {
            expect(lookup(messages, [...base, 'choices', column.name, String(choice)]), `${column.name}.${choice}`).toMatch(/\S/);
          }
        }
      });

      it('has no labels or choices for fields the schema does not define', () => {
        const names = new Set([...columns.map((c) => c.name), ...systemFields, ...(derivedFields[resource.name] ?? [])]);
        const fields = lookup(messages, [...base, 'fields']) as Tree;
        for (const key of Object.keys(fields)) expect(names.has(key.replace(/\..*|_(gte|lte|gt|lt|neq)$/, '')), key).toBe(true);

        const choices = (lookup(messages, [...base, 'choices']) ?? {}) as Tree;
        for (const [field, labels] of Object.entries(choices)) {
          const column = columns.find((c) => c.name === field);
          expect(column?.choices, field).toBeDefined();
          expect(Object.keys(labels as Tree).sort()).toEqual(column!.choices!.map(String).sort());
        }
      });
    });
  }

  it('labels the nested criteria of a C-1 edition', () => {
    for (const key of ['name', 'weight']) {
      expect(lookup(messages, ['resources', 'c1_editions', 'criteria', key])).toMatch(/\S/);
      expect(lookup(messages, ['resources', 'c1_editions', 'fields', `criteria.${key}`])).toMatch(/\S/);
    }
  });

  it('shows months as Japanese month names', () => {
    expect(lookup(messages, ['resources', 'request_tasks', 'choices', 'months', '1'])).toBe('1月');
    expect(lookup(messages, ['resources', 'request_tasks', 'choices', 'months', '12'])).toBe('12月');
  });
});

describe('jaMessages ra', () => {
  it('translates every key of the English catalogue into something other than the English text', () => {
    for (const [path, english] of englishLeaves) {
      const japanese = lookup(messages, path);
      expect(typeof japanese, path.join('.')).toBe('string');
      expect((japanese as string).trim(), path.join('.')).not.toBe('');
      expect(japanese, path.join('.')).not.toBe(english);
    }
  });

  it('contains no untranslated English words (acronyms such as URL and ID aside)', () => {
    for (const [path, text] of leaves(messages.ra as Tree, ['ra'])) {
      const words = text.replace(/%\{\w+\}/g, '').match(/[A-Za-z]*[a-z]{2,}[A-Za-z]*/g);
      expect(words, path.join('.')).toBeNull();
    }
  });

  it('uses only placeholders that react-admin supplies for the key', () => {
    for (const [path, english] of englishLeaves) {
      const key = path.join('.');
      const allowed = new Set([...placeholders(english), ...(extraPlaceholders[key] ?? [])]);
      for (const name of placeholders(lookup(messages, path) as string)) expect(allowed.has(name), `${key}: ${name}`).toBe(true);
    }
  });

  it('keeps the plural syntax and shows the count in every form where English counts', () => {
    for (const [path, english] of englishLeaves.filter(([, text]) => text.includes(' |||| '))) {
      const forms = (lookup(messages, path) as string).split(' |||| ');
      expect(forms.length, path.join('.')).toBe(english.split(' |||| ').length);
      for (const form of forms) expect(form, path.join('.')).toContain('%{smart_count}');
    }
  });

  it('translates the inspector keys react-admin looks up outside the English catalogue', () => {
    for (const path of [['Datagrid', 'title'], ['SimpleForm', 'title'], ['SimpleList', 'title'], ['hideAll'], ['showAll']]) {
      expect(lookup(messages, ['ra', 'inspector', ...path])).toMatch(/\S/);
    }
  });
});

describe('jaMessages app', () => {
  it('provides the menu groups, form sections and shell texts', () => {
    for (const key of ['request_tasks', 'toilets', 'practice', 'c1', 'masters']) expect(lookup(messages, ['app', 'menu', key])).toMatch(/\S/);
    for (const key of ['basic', 'basis', 'load', 'review', 'schedule', 'procurement', 'construction', 'hearing', 'content', 'evaluation', 'result', 'others', 'adoption', 'inventory']) {
      expect(lookup(messages, ['app', 'sections', key]), key).toMatch(/\S/);
    }
    expect(jaMessages.app.title).toBe('地域負担軽減 管理コンソール');
    expect(jaMessages.app.fiscal_year).toContain('%{reiwa}');
    expect(jaMessages.app.error.network).toMatch(/\S/);
  });
});
