import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelKeys } from '../../api/panels';
import { editCity, townKeys } from '../../api/towns';
import { POPULATION_GROUPS, type CityDetail, type EditCityBody, type PopulationGroup } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

type Values = {
  languages: string;
  latitude: string;
  longitude: string;
  source: string;
  year: string;
} & Record<PopulationGroup, string>;

const text = (n: number | null) => (n === null ? '' : String(n));

function valuesOf(c: CityDetail): Values {
  return {
    languages: c.languages.join(', '),
    latitude: text(c.latitude),
    longitude: text(c.longitude),
    source: c.baseline.source ?? '',
    year: text(c.baseline.year),
    NATIVE: text(c.baseline.shares.NATIVE),
    EXPAT: text(c.baseline.shares.EXPAT),
    NEWLY_ARRIVED_MIGRANT: text(c.baseline.shares.NEWLY_ARRIVED_MIGRANT),
    PRECARIOUS_OR_VULNERABLE: text(c.baseline.shares.PRECARIOUS_OR_VULNERABLE),
  };
}

const LANGUAGES = /^[a-z]{2}(\s*,\s*[a-z]{2})*$/;
const num = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));

/**
 * Edits a town's profile with its version as If-Match. Only the language list is checked here
 * (its format is the field's own); ranges and what fields need each other are the service's to
 * say, next to the field concerned or above the form.
 */
export function TownProfileForm({ city, onReload }: { city: CityDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(city));
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: EditCityBody) => editCity(client, city.code, city.version, body),
    onSuccess: async (saved) => {
      notifySuccess(t('townProfile.edit.saved'));
      queryClient.setQueryData(townKeys.detail(saved.code), saved);
      await queryClient.invalidateQueries({ queryKey: panelKeys.cities });
    },
  });
  const error = save.error ?? undefined;

  function set(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (!LANGUAGES.test(values.languages.trim().toLowerCase()))
      checks.languages = t('townProfile.edit.languagesInvalid');
    setLocal(checks);
    save.reset();
    if (Object.keys(checks).length > 0) return;
    save.mutate({
      languages: values.languages
        .toLowerCase()
        .split(',')
        .map((l) => l.trim()),
      latitude: num(values.latitude),
      longitude: num(values.longitude),
      baseline: {
        shares: {
          NATIVE: num(values.NATIVE),
          EXPAT: num(values.EXPAT),
          NEWLY_ARRIVED_MIGRANT: num(values.NEWLY_ARRIVED_MIGRANT),
          PRECARIOUS_OR_VULNERABLE: num(values.PRECARIOUS_OR_VULNERABLE),
        },
        source: values.source.trim() === '' ? null : values.source.trim(),
        year: num(values.year),
      },
    });
  }

  const input = (name: keyof Values, label: string, field: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      value={values[name]}
      onChange={(e) => set(name, e.currentTarget.value)}
      error={fieldError(field, error, local)}
      inputMode={name === 'languages' || name === 'source' ? undefined : 'decimal'}
      data-testid={`town-${name}`}
    />
  );

  return (
    <form onSubmit={submit} aria-labelledby="town-profile-form-title" data-testid="town-profile-form" noValidate>
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="town-profile-form-title">
          {t('townProfile.edit.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow onReload={onReload} />}
        {input('languages', t('townProfile.edit.languages'), 'languages', t('townProfile.edit.languagesHint'))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('latitude', t('townProfile.edit.latitude'), 'latitude', t('townProfile.edit.coordinatesHint'))}
          {input('longitude', t('townProfile.edit.longitude'), 'longitude')}
        </SimpleGrid>
        <Title order={3} size="h4">
          {t('townProfile.baseline.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {POPULATION_GROUPS.map((g) => (
            <div key={g}>
              {input(g, `${t(`balance.groups.${g}`)} – ${t('townProfile.edit.share')}`, `baseline.shares.${g}`)}
            </div>
          ))}
        </SimpleGrid>
        {input('source', t('townProfile.edit.source'), 'baseline.source')}
        {input('year', t('townProfile.edit.year'), 'baseline.year')}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="town-profile-save">
            {t('townProfile.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
