// Schema check of Kubernetes resources, offline: every document of the YAML files named on the
// command line is validated against the OpenAPI schema of its apiVersion and kind, from the
// kubernetes-models packages (Kubernetes itself, Strimzi, CloudNativePG), the way kubeconform
// does with the cluster's schemas. The Keycloak operator publishes no such package, so its two
// kinds are checked for the fields the operator needs. A document of any other kind is an error:
// nothing passes unchecked. Prints one JSON line, {"documents": n, "kinds": {kind: count}}, and
// exits 1 with the errors on stderr when a document is invalid.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

// apiVersion group → the package holding its models (kubernetes-models/<group>/<version>/<Kind>).
const PACKAGES = {
  'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator',
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
};

// What the Keycloak operator refuses a resource without (its CRDs, k8s.keycloak.org/v2alpha1).
const KEYCLOAK_REQUIRED = {
  Keycloak: ['spec.db.vendor', 'spec.db.host', 'spec.hostname.hostname'],
  KeycloakRealmImport: ['spec.keycloakCRName', 'spec.realm.realm'],
};

const at = (object, path) => path.split('.').reduce((o, key) => o?.[key], object);

async function problemsOf(resource) {
  const { apiVersion, kind } = resource ?? {};
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return ['no apiVersion or kind'];
  }
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  if (group === 'k8s.keycloak.org' && version === 'v2alpha1' && KEYCLOAK_REQUIRED[kind]) {
    return KEYCLOAK_REQUIRED[kind].filter((path) => at(resource, path) == null).map((p) => `${p} is missing`);
  }
  const module = group
    ? `${PACKAGES[group] ?? 'kubernetes-models'}/${group}/${version}/${kind}`
    : `kubernetes-models/${version}/${kind}`;
  let Model;
  try {
    Model = (await import(module))[kind];
  } catch {
    return [`no schema for ${apiVersion} ${kind}`];
  }
  try {
    new Model(resource).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

const kinds = {};
let documents = 0;
let failed = false;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length > 0) {
      console.error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
      failed = true;
      continue;
    }
    const resource = document.toJS();
    if (resource == null) continue; // an empty document, e.g. after a trailing ---
    documents++;
    kinds[resource.kind] = (kinds[resource.kind] ?? 0) + 1;
    for (const problem of await problemsOf(resource)) {
      console.error(`${file}: ${resource.kind} ${resource.metadata?.name}: ${problem}`);
      failed = true;
    }
  }
}
console.log(JSON.stringify({ documents, kinds }));
process.exit(failed ? 1 : 0);
