import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { MyDataPage } from './MyDataPage';

const panelData = {
  service: 'panel-service',
  keycloakUserId: '3f8a1c2e-7b4d-4e5f-9a6b-1c2d3e4f5a6b',
  memberIds: ['m-1'],
  exportedAt: '2026-03-01T10:00:00Z',
  sections: { sessionAttendance: { attended: [], sessionsPlanned: [] } },
};
const initiativeData = {
  subject: '3f8a1c2e-7b4d-4e5f-9a6b-1c2d3e4f5a6b',
  exportedAt: '2026-03-01T10:00:00Z',
  initiativesCreated: [],
  stepsTaken: [],
};

const practiceData = {
  subject: '3f8a1c2e-7b4d-4e5f-9a6b-1c2d3e4f5a6b',
  exportedAt: '2026-03-01T10:00:00Z',
  posts: [],
  reports: [],
  transfers: [{ id: 't-1', practiceId: 'p-1', sourceCity: 'mechelen', city: 'tartu', status: 'INTERESTED' }],
};

afterEach(() => vi.restoreAllMocks());

describe('MyDataPage', () => {
  it('saves what the three services hold about the person as one JSON file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { fetch } = mockFetch((_req, url) => {
      if (url.host === 'panel.test' && url.pathname === '/me/personal-data') return json(panelData);
      if (url.host === 'initiative.test' && url.pathname === '/me/personal-data') return json(initiativeData);
      if (url.host === 'practice.test' && url.pathname === '/me/personal-data') return json(practiceData);
      return undefined;
    });
    renderWithProviders(<MyDataPage />, { fetch });
    await userEvent.setup({ delay: null }).click(screen.getByTestId('download-my-data'));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const saved = JSON.parse(await blobs[0].text());
    expect(saved).toEqual({
      exportedAt: panelData.exportedAt,
      panelService: panelData,
      initiativeService: initiativeData,
      practiceExchangeService: practiceData,
    });
  });

  it('says so when a service cannot answer, and saves nothing', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    const { fetch } = mockFetch((_req, url) =>
      url.host === 'panel.test' ? json(panelData) : problem(503, 'Unavailable', 'database down', [], 'unavailable'),
    );
    renderWithProviders(<MyDataPage />, { fetch });
    await userEvent.setup({ delay: null }).click(screen.getByTestId('download-my-data'));
    expect(await screen.findByTestId('problem-alert')).toBeInTheDocument();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});
