import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../test/utils';
import { EraseMemberButton } from './EraseMemberButton';

const erasure = {
  memberId: 'm-1',
  panelId: 'p-1',
  erasedAt: '2026-03-01T10:00:00Z',
  erasedBy: 'someone',
  reason: 'Asked by e-mail',
};

describe('EraseMemberButton', () => {
  it('draws nothing without ERASE_MEMBER', () => {
    const { fetch } = mockFetch(() => undefined);
    renderWithProviders(<EraseMemberButton panelId="p-1" memberId="m-1" allowed={false} />, { fetch });
    expect(screen.queryByTestId('erase-member')).not.toBeInTheDocument();
  });

  it('asks for a reason in a confirmation before it erases', async () => {
    const { fetch, requests } = mockFetch((req, url) =>
      url.pathname === '/panels/p-1/members/m-1/erasure' && req.method === 'POST' ? json(erasure) : undefined,
    );
    renderWithProviders(<EraseMemberButton panelId="p-1" memberId="m-1" allowed memberName="Ann" />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('erase-member'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('erase-confirm'));
    expect(within(dialog).getByText('Required')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    await user.type(within(dialog).getByTestId('erase-reason'), 'Asked by e-mail');
    await user.click(within(dialog).getByTestId('erase-confirm'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(await requests[0].json()).toEqual({ reason: 'Asked by e-mail' });
  });
});
