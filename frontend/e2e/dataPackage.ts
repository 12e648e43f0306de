import datapackage from 'datapackage';
import tableschema from 'tableschema';

// Frictionless' own validator (the `datapackage` package, the reference implementation for
// JavaScript) applied to a service's open data as it is served: the descriptor against the
// tabular-data-package profile, every CSV resource read and cast row by row against its Table
// Schema, every JSON resource's objects checked to carry exactly the schema's fields, in order,
// and cast the same way. `Resource.read` reads only CSV, so a JSON resource's schema is loaded
// with `tableschema`, the Table Schema library `datapackage` itself is built on. Any mismatch
// throws, naming the resource and the row; a JSON null is the schema's missing value.

type Field = { name: string };
type Schema = { fields: Field[]; castRow: (row: unknown[]) => unknown[] };
type Resource = {
  name: string;
  descriptor: { path: string; format: string; schema: object };
  read: (options: { keyed: boolean; cast: boolean }) => Promise<Record<string, unknown>[]>;
};
type Package = { valid: boolean; errors: Error[]; resources: Resource[] };

/** Rows per resource of the package described at `descriptorUrl`, once each is valid. */
export async function validateDataPackage(descriptorUrl: string): Promise<Record<string, number>> {
  const pkg = (await datapackage.Package.load(descriptorUrl)) as Package;
  if (!pkg.valid) {
    throw new Error(`${descriptorUrl}: ${pkg.errors.map(String).join('; ')}`);
  }
  const rows: Record<string, number> = {};
  for (const resource of pkg.resources) {
    rows[resource.name] =
      resource.descriptor.format === 'json'
        ? await jsonRows(new URL(resource.descriptor.path, descriptorUrl).href, resource)
        : await csvRows(resource);
  }
  return rows;
}

async function csvRows(resource: Resource): Promise<number> {
  try {
    return (await resource.read({ keyed: true, cast: true })).length;
  } catch (error) {
    const details = (error as { errors?: Error[] }).errors?.map(String).join('; ') ?? '';
    throw new Error(`${resource.name}: ${(error as Error).message} ${details}`);
  }
}

async function jsonRows(url: string, resource: Resource): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${resource.name}: ${url} answered ${response.status}`);
  const body: unknown = await response.json();
  if (!Array.isArray(body)) throw new Error(`${resource.name}: not an array of objects`);
  const schema = (await tableschema.Schema.load(resource.descriptor.schema)) as Schema;
  const names = schema.fields.map((field) => field.name);
  body.forEach((object: Record<string, unknown>, index) => {
    const keys = Object.keys(object);
    if (keys.join(',') !== names.join(',')) {
      throw new Error(`${resource.name} row ${index}: fields ${keys} instead of ${names}`);
    }
    try {
      schema.castRow(names.map((name) => object[name] ?? ''));
    } catch (error) {
      throw new Error(`${resource.name} row ${index}: ${(error as Error).message}`);
    }
  });
  return body.length;
}
