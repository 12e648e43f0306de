import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { datasetsOf, OpenDataPage } from './OpenDataPage';

const field = (name: string) => ({
  name,
  type: 'string',
  format: 'default',
  description: name,
  constraints: { required: true },
});

function resource(dataset: string, format: 'csv' | 'json', fields: string[]) {
  return {
    profile: 'tabular-data-resource',
    name: `${dataset}-${format}`,
    path: `${dataset}.${format}`,
    title: dataset === 'towns' ? 'Towns' : 'Good practices',
    description: 'd',
    format,
    mediatype: format === 'csv' ? 'text/csv' : 'application/json',
    encoding: 'utf-8',
    schema: { fields: fields.map(field), primaryKey: [fields[0]] },
  };
}

const descriptor = {
  profile: 'tabular-data-package',
  name: 'cohesion-practice-exchange',
  title: 'Cohesion',
  description: 'd',
  licenses: [
    {
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'Creative Commons Attribution 4.0 International',
    },
  ],
  resources: [
    resource('practices', 'csv', ['id', 'town', 'title']),
    resource('practices', 'json', ['id', 'town', 'title']),
    resource('towns', 'csv', ['town', 'published_practices']),
    resource('towns', 'json', ['town', 'published_practices']),
  ],
};

function routes(answer: () => Response) {
  return mockFetch((_req, url) =>
    url.host === 'practice.test' && url.pathname === '/open-data/datapackage.json' ? answer() : undefined,
  );
}

describe('OpenDataPage', () => {
  it('lists each dataset with its downloads, the licence, the descriptor and the feed', async () => {
    const { fetch } = routes(() => json(descriptor));
    renderWithProviders(<OpenDataPage />, { fetch, route: '/open-data' });

    const csv = await screen.findByTestId('download-practices-csv');
    expect(csv).toHaveAttribute('href', 'http://practice.test/open-data/practices.csv');
    expect(csv).toHaveTextContent('Download practices.csv');
    expect(screen.getByTestId('download-towns-json')).toHaveAttribute(
      'href',
      'http://practice.test/open-data/towns.json',
    );
    expect(screen.getByTestId('open-data-practices')).toHaveTextContent('Columns: 3');
    expect(screen.getByTestId('open-data-towns')).toHaveTextContent('Towns');
    expect(screen.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toHaveAttribute(
      'rel',
      'license',
    );
    expect(screen.getByTestId('open-data-descriptor')).toHaveAttribute(
      'href',
      'http://practice.test/open-data/datapackage.json',
    );
    expect(screen.getByTestId('open-data-feed-link')).toHaveAttribute(
      'href',
      'http://practice.test/feeds/practices.atom',
    );
  });

  it('says so when the package offers nothing', async () => {
    const { fetch } = routes(() => json({ ...descriptor, resources: [] }));
    renderWithProviders(<OpenDataPage />, { fetch, route: '/open-data' });
    expect(await screen.findByTestId('open-data-empty')).toBeInTheDocument();
  });

  it('shows the problem when the descriptor cannot be read', async () => {
    const { fetch } = routes(() => problem(503, 'Service unavailable'));
    renderWithProviders(<OpenDataPage />, { fetch, route: '/open-data' });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('download-practices-csv')).not.toBeInTheDocument();
    expect(screen.getByTestId('open-data-feed-link')).toBeInTheDocument();
  });

  it('groups the resources by dataset in the package order', () => {
    expect(datasetsOf(descriptor.resources).map((d) => [d.name, d.files.length, d.columns])).toEqual([
      ['practices', 2, 3],
      ['towns', 2, 2],
    ]);
  });
});
