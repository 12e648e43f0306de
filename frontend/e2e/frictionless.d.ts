// The `datapackage` package ships no types; e2e/dataPackage.ts types what it uses.
declare module 'datapackage' {
  const datapackage: { Package: { load: (descriptor: string) => Promise<unknown> } };
  export default datapackage;
}
