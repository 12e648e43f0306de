// The `datapackage` and `tableschema` packages ship no types; e2e/dataPackage.ts types what it uses.
declare module 'datapackage' {
  const datapackage: { Package: { load: (descriptor: string) => Promise<unknown> } };
  export default datapackage;
}

declare module 'tableschema' {
  const tableschema: { Schema: { load: (descriptor: object) => Promise<unknown> } };
  export default tableschema;
}
