import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { methodNames, methods, saveAsOf } from '../../../shared/api/methods.ts';

/*
 * The page (and every client of the HTTP binding) is untrusted, so no API method may take a
 * place on disk: a method that makes a file returns it, and each transport hands it to the
 * user (save dialog, download, `--out`). Checked on every method's schema, whole.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Every property (as a dotted path) and every object schema in a method's input. */
function walk(schema: JsonSchema, at: string, found: { keys: string[]; objects: [string, JsonSchema][] }) {
  if (schema.type === 'object' || schema.properties) {
    found.objects.push([at, schema]);
    for (const [key, inner] of Object.entries(schema.properties ?? {})) {
      found.keys.push(`${at}.${key}`);
      walk(inner, `${at}.${key}`, found);
    }
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${at}.*`, found);
  }
  const items = schema.items === undefined ? [] : Array.isArray(schema.items) ? schema.items : [schema.items];
  for (const inner of [...items, ...(schema.prefixItems ?? [])]) walk(inner, `${at}[]`, found);
  for (const inner of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    walk(inner, at, found);
}

function inputOf(method: (typeof methodNames)[number]) {
  const found = { keys: [] as string[], objects: [] as [string, JsonSchema][] };
  walk(
    z.toJSONSchema(methods[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
    method,
    found,
  );
  return found;
}

/** Names that say "a place on disk" in any spelling the API could use. */
const PLACE = /path|file|dir|folder|dest|out(put)?$|target|location|url|uri|save/i;

describe('no API method takes a file-system path', () => {
  it('names no property after a place on disk, in any method, at any depth', () => {
    const offenders = methodNames.flatMap((method) =>
      inputOf(method).keys.filter((key) => PLACE.test(key.split('.').pop()!)),
    );
    expect(offenders).toEqual([]);
  });

  it('refuses unknown properties in every object of every method, so none can be slipped in', () => {
    const open = methodNames.flatMap((method) =>
      inputOf(method)
        .objects.filter(([, schema]) => schema.additionalProperties !== false)
        .map(([at]) => at),
    );
    expect(open).toEqual([]);
    for (const method of methodNames) {
      const parsed = methods[method].input.safeParse({ path: '/etc/important.txt' });
      expect(parsed.success, method).toBe(false);
    }
  });

  it('declares report.export and files.preworkForm as methods that make a file, with the desktop save dialog on their declaration', () => {
    expect(saveAsOf('report.export')).toEqual({
      title: 'Export the readiness report',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(saveAsOf('files.preworkForm')).toEqual({
      title: 'Save the pre-work form',
      filters: [{ name: 'Web page', extensions: ['html'] }],
    });
    expect(methodNames.filter((method) => saveAsOf(method)).sort()).toEqual([
      'files.preworkForm',
      'report.export',
    ]);
  });
});
